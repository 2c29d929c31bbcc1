import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { countyInstant } from "../../../components/countyTime";
import { Field } from "../../../components/Field";
import { FormErrors, serverFieldError } from "../../../components/FormErrors";
import { Loading } from "../../../components/Loading";
import { todayInFinland } from "../../../components/today";
import {
  OrganizationProfessionalsDocument,
  RecordNetworkMeetingDocument,
  ScheduleNetworkMeetingDocument,
  type MeetingRelation,
} from "../../../graphql/operations.generated";
import { useOperationMutation, useOperationQuery } from "../../../graphql/useOperation";
import { ruleText } from "../../../i18n/errorText";
import { FormPage } from "./FormPage";
import { familyMembersOf, type ChoicesClient } from "./useFormChoices";
import { scheduleProblems } from "./scheduleProblems";

/** The relation of a family member in a meeting, from their relation in the family. */
const meetingRelationOf: Record<string, MeetingRelation> = {
  GUARDIAN: "GUARDIAN",
  PARENT: "PARENT",
  CHILD: "OTHER_RELATIVE",
  SIBLING: "SIBLING",
  SPOUSE: "SPOUSE",
  OTHER: "OTHER",
};

/** Ahead of time (the default) or afterwards. */
type Mode = "schedule" | "held";

/**
 * Schedule a network meeting (verkostokokous) ahead, or record one already held: led by a facilitator
 * from outside the client's team (the hub refuses a team member or the responsible worker), with the
 * professionals and family invited or present. A scheduled one is later recorded as held or cancelled
 * on the client's page.
 */
export default function NetworkMeetingView() {
  const { t } = useTranslation();
  return <FormPage title={t("forms.meeting.title")}>{(client) => <NetworkMeetingForm client={client} />}</FormPage>;
}

export function NetworkMeetingForm({ client }: { client: ChoicesClient }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const teams = useOperationQuery(OrganizationProfessionalsDocument, {}, { purpose: "form_choices" });
  const [mode, setMode] = useState<Mode>("schedule");
  const [heldOn, setHeldOn] = useState(todayInFinland());
  const [date, setDate] = useState("");
  const [time, setTime] = useState("");
  const [place, setPlace] = useState("");
  const [videoLink, setVideoLink] = useState("");
  const [facilitatorId, setFacilitatorId] = useState("");
  const [professionals, setProfessionals] = useState<string[]>([]);
  const [family, setFamily] = useState<string[]>([]);
  const [clientTookPart, setClientTookPart] = useState(true);
  const [checked, setChecked] = useState(false);
  const record = useOperationMutation(RecordNetworkMeetingDocument, { purpose: "network_meeting", clientChosenId: true });
  const schedule = useOperationMutation(ScheduleNetworkMeetingDocument, { purpose: "network_meeting", clientChosenId: true });
  if (teams.isPending) return <Loading />;

  const mutation = mode === "schedule" ? schedule : record;
  const teamIds = new Set((client.teamMembers ?? []).map((member) => member.professional.id));
  const outside = new Map<string, string>();
  for (const team of teams.data?.data.teams ?? [])
    for (const { professional } of team.members)
      if (!teamIds.has(professional.id))
        outside.set(professional.id, `${professional.firstName} ${professional.lastName} (${professional.organization.name})`);
  const members = familyMembersOf(client);
  const startsAt = countyInstant(date, time);
  const local: Record<string, string | undefined> = {
    facilitatorId: facilitatorId ? undefined : "required",
    ...(mode === "held"
      ? { heldOn: !heldOn ? "required" : heldOn > todayInFinland() ? "future" : undefined }
      : scheduleProblems({ date, time, startsAt, place, videoLink }, new Date())),
  };
  const errorOf = (field: string) =>
    checked && local[field] ? ruleText(t, local[field]) : serverFieldError(mutation.error, field, t);
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.values(local).some(Boolean)) return;
    const participants = {
      clientId: client.id,
      facilitatorId,
      professionalIds: professionals.filter((id) => id !== facilitatorId),
      familyMembers: [
        ...(clientTookPart ? [{ relation: "CLIENT" as const, clientId: client.id }] : []),
        ...members
          .filter((member) => family.includes(member.client.id))
          .map((member) => ({ relation: meetingRelationOf[member.relation] ?? "OTHER", clientId: member.client.id })),
      ],
    };
    const done = { onSuccess: () => void navigate(`/clients/${client.id}#meetings`) };
    if (mode === "held") record.mutate({ input: { ...participants, heldOn } }, done);
    else
      schedule.mutate(
        { input: { ...participants, startsAt: startsAt!, place: place.trim() || null, videoLink: videoLink.trim() || null } },
        done,
      );
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormErrors
        error={mutation.error}
        shownFields={["heldOn", "startsAt", "place", "videoLink", "facilitatorId", "professionalIds", "familyMembers"]}
      />
      <p className="hint">{t("forms.meeting.hint")}</p>
      <fieldset>
        <legend>{t("forms.meeting.when")}</legend>
        {(["schedule", "held"] as const).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="mode" checked={mode === option} onChange={() => setMode(option)} />{" "}
            {t(`forms.meeting.mode.${option}`)}
          </label>
        ))}
      </fieldset>
      {mode === "held" ? (
        <Field label={t("forms.meeting.heldOn")} error={errorOf("heldOn")}>
          <input type="date" value={heldOn} max={todayInFinland()} onChange={(event) => setHeldOn(event.target.value)} />
        </Field>
      ) : (
        <>
          <Field label={t("forms.meeting.date")} error={errorOf("date") ?? errorOf("startsAt")}>
            <input type="date" value={date} min={todayInFinland()} onChange={(event) => setDate(event.target.value)} />
          </Field>
          <Field label={t("forms.meeting.time")} hint={t("forms.meeting.timeHint")} error={errorOf("time")}>
            <input type="time" value={time} onChange={(event) => setTime(event.target.value)} />
          </Field>
          <Field label={t("forms.meeting.place")} hint={t("forms.meeting.placeHint")} error={errorOf("place")}>
            <input type="text" value={place} maxLength={200} onChange={(event) => setPlace(event.target.value)} />
          </Field>
          <Field label={t("forms.meeting.videoLink")} hint={t("forms.meeting.videoLinkHint")} error={errorOf("videoLink")}>
            <input type="url" value={videoLink} maxLength={500} onChange={(event) => setVideoLink(event.target.value)} />
          </Field>
        </>
      )}
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
        <legend>{t(mode === "held" ? "forms.meeting.professionals" : "forms.meeting.invitedProfessionals")}</legend>
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
        <legend>{t(mode === "held" ? "forms.meeting.family" : "forms.meeting.invitedFamily")}</legend>
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
        {t(mode === "held" ? "forms.meeting.submit" : "forms.meeting.schedule")}
      </button>
    </form>
  );
}
