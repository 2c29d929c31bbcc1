import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Field } from "../../../components/Field";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { Loading } from "../../../components/Loading";
import { todayInFinland } from "../../../components/today";
import {
  OrganizationProfessionalsDocument,
  RecordNetworkMeetingDocument,
  type MeetingRelation,
} from "../../../graphql/operations.generated";
import { useOperationMutation, useOperationQuery } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";
import { FormPage } from "./FormPage";
import { familyMembersOf, type ChoicesClient } from "./useFormChoices";

/** The relation of a family member in a meeting, from their relation in the family. */
const meetingRelationOf: Record<string, MeetingRelation> = {
  GUARDIAN: "GUARDIAN",
  PARENT: "PARENT",
  CHILD: "OTHER_RELATIVE",
  SIBLING: "SIBLING",
  SPOUSE: "SPOUSE",
  OTHER: "OTHER",
};

/**
 * Record a network meeting (verkostokokous) led by a facilitator from outside the client's team (the
 * hub refuses a team member or the responsible worker), with the professionals and family who took part.
 */
export default function NetworkMeetingView() {
  const { t } = useTranslation();
  return <FormPage title={t("forms.meeting.title")}>{(client) => <NetworkMeetingForm client={client} />}</FormPage>;
}

export function NetworkMeetingForm({ client }: { client: ChoicesClient }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const teams = useOperationQuery(OrganizationProfessionalsDocument, {}, { purpose: "form_choices" });
  const [heldOn, setHeldOn] = useState(todayInFinland());
  const [facilitatorId, setFacilitatorId] = useState("");
  const [professionals, setProfessionals] = useState<string[]>([]);
  const [family, setFamily] = useState<string[]>([]);
  const [clientTookPart, setClientTookPart] = useState(true);
  const [checked, setChecked] = useState(false);
  const mutation = useOperationMutation(RecordNetworkMeetingDocument, { purpose: "network_meeting", clientChosenId: true });
  if (teams.isPending) return <Loading />;

  const teamIds = new Set((client.teamMembers ?? []).map((member) => member.professional.id));
  const outside = new Map<string, string>();
  for (const team of teams.data?.data.teams ?? [])
    for (const { professional } of team.members)
      if (!teamIds.has(professional.id))
        outside.set(professional.id, `${professional.firstName} ${professional.lastName} (${professional.organization.name})`);
  const members = familyMembersOf(client);
  const local: Record<string, string | undefined> = {
    heldOn: !heldOn ? "required" : heldOn > todayInFinland() ? "future" : undefined,
    facilitatorId: facilitatorId ? undefined : "required",
  };
  const errorOf = (field: string) =>
    checked && local[field] ? ruleText(t, local[field]) : serverFieldError(mutation.error, field, t);
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(local).some(Boolean)) return;
    mutation.mutate(
      {
        input: {
          clientId: client.id,
          heldOn,
          facilitatorId,
          professionalIds: professionals.filter((id) => id !== facilitatorId),
          familyMembers: [
            ...(clientTookPart ? [{ relation: "CLIENT" as const, clientId: client.id }] : []),
            ...members
              .filter((member) => family.includes(member.client.id))
              .map((member) => ({ relation: meetingRelationOf[member.relation] ?? "OTHER", clientId: member.client.id })),
          ],
        },
      },
      { onSuccess: () => void navigate(`/clients/${client.id}`) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormErrors error={mutation.error} shownFields={["heldOn", "facilitatorId", "professionalIds", "familyMembers"]} />
      <p className="hint">{t("forms.meeting.hint")}</p>
      <Field label={t("forms.meeting.heldOn")} error={errorOf("heldOn")}>
        <input type="date" value={heldOn} max={todayInFinland()} onChange={(event) => setHeldOn(event.target.value)} />
      </Field>
      <Field label={t("forms.meeting.facilitator")} hint={t("forms.meeting.facilitatorHint")} error={errorOf("facilitatorId")}>
        <select value={facilitatorId} onChange={(event) => setFacilitatorId(event.target.value)}>
          <option value="">{t("forms.choose")}</option>
          {[...outside].map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>{t("forms.meeting.professionals")}</legend>
        {(client.teamMembers ?? []).map(({ professional }) => (
          <label key={professional.id} className="choice">
            <input
              type="checkbox"
              checked={professionals.includes(professional.id)}
              onChange={() => setProfessionals(toggle(professionals, professional.id))}
            />{" "}
            {professional.firstName} {professional.lastName} ({professional.organization.name})
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("forms.meeting.family")}</legend>
        <label className="choice">
          <input type="checkbox" checked={clientTookPart} onChange={() => setClientTookPart(!clientTookPart)} />{" "}
          {t("forms.meeting.clientTookPart", { name: client.firstName ?? "" })}
        </label>
        {members.map((member) => (
          <label key={member.client.id} className="choice">
            <input
              type="checkbox"
              checked={family.includes(member.client.id)}
              onChange={() => setFamily(toggle(family, member.client.id))}
            />{" "}
            {member.client.firstName} {member.client.lastName} ({t(`enums.FamilyRelation.${member.relation}`)})
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={mutation.isPending}>
        {t("forms.meeting.submit")}
      </button>
    </form>
  );
}
