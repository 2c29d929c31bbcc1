import { useTranslation } from "react-i18next";
import { personName } from "../../../components/personName";
import { Section } from "../../../components/Section";
import { useFormatDate } from "../../../i18n/formatDate";
import { urgencyOf } from "../dueConcerns";
import { ReactToConcernForm } from "./ReactToConcernForm";
import type { SectionProps } from "./types";

/** Concerns with their reaction deadlines, and the first joint meeting when the team has reacted. */
export function ConcernsSection({ client, errors }: SectionProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const concerns = client.concerns ?? [];
  return (
    <Section id="concerns" title={t("client.concerns")} errors={errors} path={["client", "concerns"]}>
      {concerns.length === 0 ? (
        <p>{t("client.noConcerns")}</p>
      ) : (
        <ul className="card-list">
          {concerns.map((concern) => {
            const open = concern.status === "RAISED";
            const urgency = urgencyOf(concern);
            return (
              <li key={concern.id} className={`card ${open ? `urgency-${urgency}` : ""}`}>
                <span className="badge">{t(`enums.ConcernStatus.${concern.status}`)}</span>
                {open && <strong className="badge">{t(`caseload.urgency.${urgency}`)}</strong>}
                {concern.kind === "CHILD_WELFARE_NOTICE" && (
                  <span className="badge">{t("enums.ConcernKind.CHILD_WELFARE_NOTICE")}</span>
                )}
                <p>{concern.description}</p>
                <p className="hint">
                  {t("client.raised", {
                    date: formatDate(concern.raisedOn),
                    by: personName(concern.raisedBy.professional) ?? personName(concern.raisedBy.familyMember) ?? "–",
                  })}
                  {" · "}
                  {t("caseload.deadline", { date: formatDate(concern.deadline) })}
                </p>
                {open && !concern.reaction && <ReactToConcernForm client={client} concern={concern} />}
                {concern.reaction && (
                  <p>
                    {t("client.reaction", {
                      date: formatDate(concern.reaction.meetingOn),
                      who: concern.reaction.attendingProfessionals.map((professional) => personName(professional)).join(", "),
                    })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
