import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t("app.notFound")}</h1>
      <Link to="/">{t("app.backToStart")}</Link>
    </main>
  );
}
