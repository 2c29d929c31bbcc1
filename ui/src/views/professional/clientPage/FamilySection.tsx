import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { personName } from "../../../components/personName";
import { Section } from "../../../components/Section";
import { useFormatDate } from "../../../i18n/formatDate";
import type { SectionProps } from "./types";

/** The client's families with their members, and the client's guardians. */
export function FamilySection({ client, errors }: SectionProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <>
      <Section id="family" title={t("client.family")} errors={errors} path={["client", "families"]}>
        {(client.families ?? []).length === 0 ? (
          <p>{t("client.noFamily")}</p>
        ) : (
          (client.families ?? []).map((membership) => (
            <div key={membership.family.id}>
              <h3>
                {membership.family.name ?? t("caseload.family")} ({t(`enums.FamilyRelation.${membership.relation}`)})
              </h3>
              <ul>
                {membership.family.members
                  .filter((member) => member.client.id !== client.id)
                  .map((member) => (
                    <li key={member.client.id}>
                      <Link to={`/clients/${member.client.id}`}>{personName(member.client) ?? t("notShown.other")}</Link>
                      {" – "}
                      {t(`enums.FamilyRelation.${member.relation}`)}
                    </li>
                  ))}
              </ul>
            </div>
          ))
        )}
      </Section>
      <Section id="guardians" title={t("client.guardians")} errors={errors} path={["client", "guardians"]}>
        {(client.guardians ?? []).length === 0 ? (
          <p>{t("client.noGuardians")}</p>
        ) : (
          <ul>
            {(client.guardians ?? []).map((guardianship) => (
              <li key={guardianship.guardian.id}>
                <Link to={`/clients/${guardianship.guardian.id}`}>
                  {personName(guardianship.guardian) ?? t("notShown.other")}
                </Link>{" "}
                <span className="hint">{t("client.since", { date: formatDate(guardianship.since) })}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
