import Holidays from "date-holidays";

/**
 * Finnish working days (arkipäivät) on ISO dates (`YYYY-MM-DD`), pure calendar arithmetic in UTC so
 * that no time zone can shift a day. A day is not a working day when it is a Saturday or Sunday, a
 * public holiday (date-holidays, country FI), Midsummer Eve or Christmas Eve: the days the Act on
 * the calculation of statutory time limits (150/1930) moves a deadline past.
 */
const finland = new Holidays("FI");
const nonWorkingByYear = new Map<number, Set<string>>();

function nonWorkingDaysOf(year: number): Set<string> {
  let days = nonWorkingByYear.get(year);
  if (!days) {
    days = new Set<string>();
    for (const holiday of finland.getHolidays(year)) {
      const day = holiday.date.slice(0, 10);
      // "bank" holidays in FI are Midsummer Eve, Christmas Eve and New Year's Eve; only the first two close offices.
      if (holiday.type === "public" || (holiday.type === "bank" && !day.endsWith("-12-31"))) days.add(day);
    }
    nonWorkingByYear.set(year, days);
  }
  return days;
}

export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !nonWorkingDaysOf(Number(day.slice(0, 4))).has(day);
}

export function addCalendarDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The day `days` working days after `day` (the start day itself never counts). */
export function addWorkingDays(day: string, days: number): string {
  let current = day;
  for (let counted = 0; counted < days;) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}

/** Calendar days from `from` to `to`: negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Working days after `from` up to and including `to`; negative (counted the other way) when `to` is earlier. */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let current = addCalendarDays(from, 1); current <= to; current = addCalendarDays(current, 1)) {
    if (isWorkingDay(current)) count += 1;
  }
  return count;
}
