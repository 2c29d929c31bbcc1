import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { personName } from "../../../components/personName";
import { todayInFinland } from "../../../components/today";
import { ReactToConcernDocument } from "../../../graphql/operations.generated";
import { useOperationMutation } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";
import type { PageClient } from "./types";

/**
 * Records the reaction to a concern: the first joint meeting, the day it was held and who took part.
 * The hub requires the responsible worker and the client among them; the form starts with both ticked.
 */
export function ReactToConcernForm({ client, concern }: { client: PageClient; concern: { id: string; raisedOn: string } }) {
  const { t } = useTranslation();
  const professionals = (client.teamMembers ?? []).map((member) => member.professional);
  const people = [
    { id: client.id, name: personName(client) },
    ...(client.families ?? []).flatMap(({ family }) =>
      family.members
        .filter((member) => member.client.id !== client.id)
        .map((member) => ({ id: member.client.id, name: personName(member.client) })),
    ),
  ].filter((person, index, all) => all.findIndex((other) => other.id === person.id) === index);
  const [meetingOn, setMeetingOn] = useState(todayInFinland());
  const [professionalIds, setProfessionalIds] = useState<string[]>(client.responsibleWorker ? [client.responsibleWorker.id] : []);
  const [clientIds, setClientIds] = useState<string[]>([client.id]);
  const [checked, setChecked] = useState(false);
  const mutation = useOperationMutation(ReactToConcernDocument, { purpose: "react_to_concern", idempotencyKey: true });
  const local: Record<string, string | undefined> = {
    meetingOn: !meetingOn
      ? "required"
      : meetingOn > todayInFinland()
        ? "future"
        : meetingOn < concern.raisedOn
          ? "not_before_raised"
          : undefined,
    attendingProfessionalIds: professionalIds.length === 0 ? "required" : undefined,
    attendingClientIds: clientIds.length === 0 ? "required" : undefined,
  };
  const errorOf = (field: string) =>
    checked && local[field] ? ruleText(t, local[field]) : serverFieldError(mutation.error, field, t);
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  const idOf = (part: string) => `react-${concern.id}-${part}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(local).some(Boolean)) return;
    mutation.mutate({
      input: { concernId: concern.id, meetingOn, attendingProfessionalIds: professionalIds, attendingClientIds: clientIds },
    });
  };

  const group = (
    field: string,
    legend: string,
    options: { id: string; name: string | undefined }[],
    chosen: string[],
    set: (ids: string[]) => void,
  ) => (
    <fieldset aria-describedby={errorOf(field) ? idOf(field) : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="choice">
          <input type="checkbox" checked={chosen.includes(option.id)} onChange={() => set(toggle(chosen, option.id))} />{" "}
          {option.name ?? t("notShown.other")}
        </label>
      ))}
      {errorOf(field) && (
        <p id={idOf(field)} className="field-error">
          {errorOf(field)}
        </p>
      )}
    </fieldset>
  );

  return (
    <details>
      <summary>{t("client.recordReaction")}</summary>
      <form onSubmit={submit} noValidate>
        <FormErrors error={mutation.error} shownFields={["meetingOn", "attendingProfessionalIds", "attendingClientIds"]} />
        <label htmlFor={idOf("date")}>{t("client.meetingOn")}</label>
        <input
          id={idOf("date")}
          type="date"
          value={meetingOn}
          min={concern.raisedOn}
          max={todayInFinland()}
          onChange={(event) => setMeetingOn(event.target.value)}
          aria-invalid={errorOf("meetingOn") ? true : undefined}
          aria-describedby={errorOf("meetingOn") ? idOf("meetingOn") : undefined}
        />
        {errorOf("meetingOn") && (
          <p id={idOf("meetingOn")} className="field-error">
            {errorOf("meetingOn")}
          </p>
        )}
        {group(
          "attendingProfessionalIds",
          t("client.attendingProfessionals"),
          professionals.map((professional) => ({ id: professional.id, name: personName(professional) })),
          professionalIds,
          setProfessionalIds,
        )}
        {group("attendingClientIds", t("client.attendingClients"), people, clientIds, setClientIds)}
        <button type="submit" disabled={mutation.isPending}>
          {t("client.recordReaction")}
        </button>
      </form>
    </details>
  );
}
