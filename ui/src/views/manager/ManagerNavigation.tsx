import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

export function ManagerNavigation() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("manager.pages")} className="kartta-pages">
      <NavLink to="/manager" end>
        {t("manager.rollout.title")}
      </NavLink>
      <NavLink to="/manager/outcomes">{t("manager.outcomes.title")}</NavLink>
    </nav>
  );
}
