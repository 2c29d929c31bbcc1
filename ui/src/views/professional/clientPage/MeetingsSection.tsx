import { useTranslation } from "react-i18next";
import { personName } from "../../../components/personName";
import { Section } from "../../../components/Section";
import { useFormatDate } from "../../../i18n/formatDate";
import type { SectionProps } from "./types";

/** Network meetings (verkostokokoukset) and joint meetings, with the facilitator and who took part. */
export function MeetingsSection({ client, errors }: SectionProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const meetings = [...(client.meetings ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <Section id="meetings" title={t("client.meetings")} errors={errors} path={["client", "meetings"]}>
      {meetings.length === 0 ? (
        <p>{t("client.noMeetings")}</p>
      ) : (
        <ul className="card-list">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="card">
              <strong>
                {t(`enums.MeetingKind.${meeting.kind}`)} {formatDate(meeting.heldOn)}
              </strong>
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
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
