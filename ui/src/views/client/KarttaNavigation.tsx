import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { karttaBase } from "./useKarttaClient";

/** The three pages of a Kartta, for one's own data or a child's. */
export function KarttaNavigation({ clientId, isOwn }: { clientId: string; isOwn: boolean }) {
  const { t } = useTranslation();
  const base = karttaBase(clientId, isOwn);
  return (
    <nav aria-label={t("kartta.pages")} className="kartta-pages">
      <NavLink to={base} end>
        {t("kartta.planAndTeam")}
      </NavLink>
      <NavLink to={`${base}/consents`}>{t("kartta.consents.title")}</NavLink>
      <NavLink to={`${base}/access-log`}>{t("kartta.accessLog.title")}</NavLink>
    </nav>
  );
}
