import { useTranslation } from "react-i18next";

/** An ISO date (`2026-12-04`) as the language writes it (4.12.2026, 2026-12-04, 4 Dec 2026); other text as is. */
export function formatDate(date: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const locale = language === "sv" ? "sv-FI" : language === "en" ? "en-GB" : "fi-FI";
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "numeric", year: "numeric" }).format(day);
}

export function useFormatDate(): (date: string) => string {
  const { i18n } = useTranslation();
  return (date) => formatDate(date, i18n.language);
}
