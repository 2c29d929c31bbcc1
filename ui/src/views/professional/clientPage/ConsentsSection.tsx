import { useTranslation } from "react-i18next";
import { Section } from "../../../components/Section";
import { useFormatDate } from "../../../i18n/formatDate";
import type { SectionProps } from "./types";

/** Consents (suostumukset) and bans (kiellot), active first; a ban wins over any consent. */
export function ConsentsSection({ client, errors }: SectionProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const period = (from: string, until: string | null) =>
    until ? `${formatDate(from)}–${formatDate(until)}` : t("client.fromUntilRevoked", { date: formatDate(from) });
  const categories = (list: readonly string[]) =>
    list.length === 0 ? t("client.allCategories") : list.map((category) => t(`enums.DataCategory.${category}`)).join(", ");
  const consents = [...(client.consents ?? [])].sort((a, b) => Number(b.isActive) - Number(a.isActive));
  const bans = [...(client.bans ?? [])].sort((a, b) => Number(b.isActive) - Number(a.isActive));
  return (
    <>
      <Section id="consents" title={t("client.consents")} errors={errors} path={["client", "consents"]}>
        {consents.length === 0 ? (
          <p>{t("client.noConsents")}</p>
        ) : (
          <ul className="card-list">
            {consents.map((consent) => (
              <li key={consent.id} className="card">
                <span className="badge">
                  {consent.isActive ? t("client.active") : consent.revokedAt ? t("client.revoked") : t("client.inactive")}
                </span>
                <strong>{consent.purpose}</strong>
                <br />
                {t("client.recipients")}:{" "}
                {[
                  ...consent.recipientOrganizations.map((organization) => organization.name),
                  ...consent.recipientTeams.map((team) => team.name),
                ].join(", ") || "–"}
                <br />
                {t("client.categories")}: {categories(consent.categories)}
                <br />
                <span className="hint">
                  {period(consent.validFrom, consent.validUntil)} · {t(`enums.ConsentForm.${consent.form}`)} ·{" "}
                  {t(`enums.ConsentGiver.${consent.givenBy}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="bans" title={t("client.bans")} errors={errors} path={["client", "bans"]}>
        {bans.length === 0 ? (
          <p>{t("client.noBans")}</p>
        ) : (
          <ul className="card-list">
            {bans.map((ban) => (
              <li key={ban.id} className="card">
                <span className="badge">{ban.isActive ? t("client.active") : t("client.inactive")}</span>
                {t(`enums.BanKind.${ban.kind}`)}
                {ban.organization ? `: ${ban.organization.name}` : ban.serviceTask ? `: ${ban.serviceTask}` : ""}
                <br />
                {t("client.categories")}: {categories(ban.categories)}
                <br />
                <span className="hint">{period(ban.validFrom, ban.validUntil)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
