import { useTranslation } from "react-i18next";

/** A point in time as the language writes it in the county's time zone (14.12.2026 klo 14.00). */
export function formatDateTime(value: string, language: string, timeZone = "Europe/Helsinki"): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const locale = language === "sv" ? "sv-FI" : language === "en" ? "en-GB" : "fi-FI";
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "short", timeStyle: "short" }).format(date);
}

export function useFormatDateTime(): (value: string) => string {
  const { i18n } = useTranslation();
  return (value) => formatDateTime(value, i18n.language);
}
