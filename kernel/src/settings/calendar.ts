/**
 * One formatter per time zone: building an `Intl.DateTimeFormat` costs a fraction of a millisecond,
 * and every access decision and deadline asks for today (a profile of the caseload found it among the
 * consents service's top costs).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date (YYYY-MM-DD) in the given IANA time zone; a Finnish day ends at Finnish midnight. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}
