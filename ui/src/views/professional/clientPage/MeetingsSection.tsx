import { useTranslation } from "react-i18next";
import { personName } from "../../../components/personName";
import { Section } from "../../../components/Section";
import { todayInFinland } from "../../../components/today";
import { useFormatDate } from "../../../i18n/formatDate";
import { useFormatDateTime } from "../../../i18n/formatDateTime";
import { EndMeetingForm } from "./EndMeetingForm";
import type { PageClient, SectionProps } from "./types";

type PageMeeting = NonNullable<PageClient["meetings"]>[number];

/**
 * Network meetings (verkostokokoukset) and joint meetings: the upcoming ones first, soonest first, with
 * when and where and the way to record them held or cancel them; then the past ones, newest first.
 */
export function MeetingsSection({ client, errors }: SectionProps) {
  const { t } = useTranslation();
  const meetings = client.meetings ?? [];
  const upcoming = meetings
    .filter((meeting) => meeting.status === "SCHEDULED")
    .sort((a, b) => (a.startsAt ?? a.heldOn).localeCompare(b.startsAt ?? b.heldOn));
  const past = meetings.filter((meeting) => meeting.status !== "SCHEDULED").sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <Section id="meetings" title={t("client.meetings")} errors={errors} path={["client", "meetings"]}>
      <h3>{t("client.upcomingMeetings")}</h3>
      {upcoming.length === 0 ? (
        <p>{t("client.noUpcomingMeetings")}</p>
      ) : (
        <ul className="card-list">
          {upcoming.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
      <h3>{t("client.pastMeetings")}</h3>
      {past.length === 0 ? (
        <p>{t("client.noMeetings")}</p>
      ) : (
        <ul className="card-list">
          {past.map((meeting) => (
            <MeetingCard key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function MeetingCard({ meeting }: { meeting: PageMeeting }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const scheduled = meeting.status === "SCHEDULED";
  return (
    <li className="card">
      <strong>
        {t(`enums.MeetingKind.${meeting.kind}`)}{" "}
        {meeting.startsAt ? formatDateTime(meeting.startsAt) : formatDate(meeting.heldOn)}
      </strong>
      {meeting.status === "CANCELLED" && <span className="badge"> {t("client.meeting.cancelledBadge")}</span>}
      {meeting.place && (
        <>
          <br />
          {t("client.meeting.place")}: {meeting.place}
        </>
      )}
      {meeting.videoLink && (
        <>
          <br />
          <a href={meeting.videoLink} target="_blank" rel="noopener noreferrer">
            {t("client.meeting.videoLink")}
          </a>
        </>
      )}
      {meeting.facilitator && (
        <>
          <br />
          {t("client.facilitator")}: {personName(meeting.facilitator)} ({meeting.facilitator.organization.name})
        </>
      )}
      <br />
      <span className="hint">
        {[
          ...meeting.professionals.map((professional) => personName(professional)),
          ...meeting.familyMembers.map((member) =>
            `${personName(member.client) ?? ""} ${t(`enums.MeetingRelation.${member.relation}`)}`.trim(),
          ),
        ].join(", ")}
      </span>
      {meeting.outcome && (
        <p>
          {t("client.meeting.outcome")}: {meeting.outcome}
        </p>
      )}
      {meeting.cancellationReason && (
        <p>
          {t("client.meeting.cancellationReason")}: {meeting.cancellationReason}
        </p>
      )}
      {scheduled && (
        <div className="meeting-actions">
          {meeting.heldOn <= todayInFinland() && <EndMeetingForm meetingId={meeting.id} ending="held" />}
          <EndMeetingForm meetingId={meeting.id} ending="cancelled" />
        </div>
      )}
    </li>
  );
}
