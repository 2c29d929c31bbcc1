import type { ServicePlanQuery } from "../../../graphql/operations.generated";

export type PlanClient = NonNullable<ServicePlanQuery["client"]>;
export type Plan = NonNullable<PlanClient["servicePlan"]>;
export type Agreement = Plan["agreements"][number];

/** Who may be responsible for an agreement: the client's professionals and family members. */
export interface ResponsibleChoice {
  value: string;
  label: string;
  input: { professionalId: string } | { familyMemberClientId: string };
}

export function responsibleChoices(client: PlanClient, familyLabel: (relation: string) => string): ResponsibleChoice[] {
  const professionals = (client.teamMembers ?? []).map(({ professional }) => ({
    value: `p:${professional.id}`,
    label: `${professional.firstName} ${professional.lastName} (${professional.profession})`,
    input: { professionalId: professional.id },
  }));
  const seen = new Set<string>();
  const family = (client.families ?? []).flatMap(({ family }) =>
    family.members
      .filter((member) => !seen.has(member.client.id) && seen.add(member.client.id))
      .map((member) => ({
        value: `f:${member.client.id}`,
        label: `${[member.client.firstName, member.client.lastName].filter(Boolean).join(" ")} (${familyLabel(member.relation)})`,
        input: { familyMemberClientId: member.client.id },
      })),
  );
  return [...professionals, ...family];
}
