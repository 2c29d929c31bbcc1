import { FormChoicesDocument, type FormChoicesQuery } from "../../../graphql/operations.generated";
import { useOperationQuery } from "../../../graphql/useOperation";

export type ChoicesClient = NonNullable<FormChoicesQuery["client"]>;

/** The client, their team and family, the organisations and the deadline rules that the forms offer. */
export function useFormChoices(clientId: string) {
  return useOperationQuery(FormChoicesDocument, { clientId }, { purpose: "form_choices" });
}

/** Each family member once, with their relation. */
export function familyMembersOf(client: ChoicesClient) {
  const seen = new Set<string>();
  return (client.families ?? []).flatMap(({ family }) =>
    family.members.filter(
      (member) => member.client.id !== client.id && !seen.has(member.client.id) && seen.add(member.client.id),
    ),
  );
}

/** Service tasks (palvelutehtävät) a concern may be raised in: the ones the deadline rules name, and the common ones. */
export function serviceChoices(rules: FormChoicesQuery["deadlineRules"]): string[] {
  return [
    ...new Set([
      "family_social_work",
      "child_protection",
      "family_centre",
      "adult_social_work",
      ...rules.flatMap((rule) => rule.services),
    ]),
  ];
}
