/** Today's calendar date (YYYY-MM-DD) in the given IANA time zone; a Finnish day ends at Finnish midnight. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
