import { LocalDate } from "@silta/kernel";
import Holidays from "date-holidays";

/**
 * Finnish working days (arkipäivät) on calendar days (the kernel's LocalDate, whose arithmetic no
 * time zone can shift). A day is not a working day when it is a Saturday or Sunday, a
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

export function isWorkingDay(day: LocalDate): boolean {
  const weekday = LocalDate.toDb(day).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !nonWorkingDaysOf(Number(day.slice(0, 4))).has(day);
}

/** The day `days` working days after `day` (the start day itself never counts). */
export function addWorkingDays(day: LocalDate, days: number): LocalDate {
  let current = day;
  for (let counted = 0; counted < days;) {
    current = LocalDate.addDays(current, 1);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}

/** Working days after `from` up to and including `to`; negative (counted the other way) when `to` is earlier. */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let current = LocalDate.addDays(from, 1); current <= to; current = LocalDate.addDays(current, 1)) {
    if (isWorkingDay(current)) count += 1;
  }
  return count;
}
