/** Today's date in Finland (the county's calendar day, which deadlines and sessions count in), ISO. */
export function todayInFinland(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
