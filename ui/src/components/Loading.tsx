import { useTranslation } from "react-i18next";

/** A polite live region, so a screen reader hears that the page is loading. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t("app.loading")}
    </p>
  );
}
