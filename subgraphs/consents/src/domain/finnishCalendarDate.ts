/**
 * The calendar date (`YYYY-MM-DD`) in Finland at `instant`. Consents run by Finnish days: just
 * after midnight in Helsinki it is already the next day, while UTC still says yesterday.
 */
export function finnishCalendarDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
