import { useTranslation } from "react-i18next";
import { ContactLinks } from "../../../components/ContactLinks";
import { Section } from "../../../components/Section";
import type { SectionProps } from "./types";

/**
 * The team across organisations (Minun tiimini): every professional working with the client, the
 * responsible worker first, with their profession, organisation, unit and work phone and email (whom
 * to contact).
 */
export function TeamSection({ client, errors }: SectionProps) {
  const { t } = useTranslation();
  const members = [...(client.teamMembers ?? [])].sort((a, b) => Number(b.isResponsibleWorker) - Number(a.isResponsibleWorker));
  return (
    <Section id="team" title={t("client.team")} errors={errors} path={["client", "teamMembers"]}>
      {members.length === 0 ? (
        <p>{t("client.noTeam")}</p>
      ) : (
        <ul className="card-list">
          {members.map((member) => (
            <li key={member.professional.id} className="card">
              <strong>
                {member.professional.firstName} {member.professional.lastName}
              </strong>
              {member.isResponsibleWorker && <span className="badge"> {t("caseload.responsibleWorker")}</span>}
              <br />
              {member.professional.profession}, {member.professional.organization.name}
              {member.professional.unit ? ` (${member.professional.unit})` : ""}
              <br />
              <ContactLinks workPhone={member.professional.workPhone} workEmail={member.professional.workEmail} />
              {(member.professional.workPhone || member.professional.workEmail) && <br />}
              <span className="hint">{member.teams.map((team) => team.name).join(", ")}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
