import { useTranslation } from "react-i18next";
import type { GraphQLErrorEntry } from "../../graphql/executeOperation";
import type { KarttaOverviewQuery } from "../../graphql/operations.generated";
import { Withheld } from "../../components/Withheld";
import { useFormatDateTime } from "../../i18n/formatDateTime";

type Meetings = NonNullable<KarttaOverviewQuery["client"]>["upcomingMeetings"];

/** My upcoming network meetings in plain words: when, where or the video link, and who leads it. */
export function KarttaUpcomingMeetings({ meetings, errors }: { meetings: Meetings; errors: readonly GraphQLErrorEntry[] }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <section aria-labelledby="kartta-meetings">
      <h2 id="kartta-meetings">{t("kartta.meetings.title")}</h2>
      <Withheld value={meetings} errors={errors} path={["client", "upcomingMeetings"]}>
        {(meetings) =>
          meetings.length === 0 ? (
            <p>{t("kartta.meetings.none")}</p>
          ) : (
            <ul className="card-list">
              {[...meetings]
                .sort((a, b) => (a.startsAt ?? "").localeCompare(b.startsAt ?? ""))
                .map((meeting) => (
                  <li key={meeting.id} className="card">
                    <strong>{meeting.startsAt ? formatDateTime(meeting.startsAt) : ""}</strong>
                    {meeting.place && (
                      <>
                        <br />
                        {t("kartta.meetings.where", { place: meeting.place })}
                      </>
                    )}
                    {meeting.videoLink && (
                      <>
                        <br />
                        <a href={meeting.videoLink} target="_blank" rel="noopener noreferrer">
                          {t("kartta.meetings.join")}
                        </a>
                      </>
                    )}
                    {meeting.facilitator && (
                      <>
                        <br />
                        {t("kartta.meetings.leads", {
                          name: `${meeting.facilitator.firstName} ${meeting.facilitator.lastName}`,
                        })}
                      </>
                    )}
                  </li>
                ))}
            </ul>
          )
        }
      </Withheld>
    </section>
  );
}
