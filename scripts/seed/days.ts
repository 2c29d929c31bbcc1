import { LocalDate } from "@silta/kernel";

/**
 * Dates as whole days since 1970-01-01 (UTC): arithmetic on a million FIT sessions stays integer
 * math, and nothing depends on the machine's time zone.
 */
const MS_PER_DAY = 86_400_000;

export function dayOf(isoDate: string): number {
  const day = Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
  // The round trip also refuses days that do not exist, which Date.parse rolls over (30 February).
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(day) || isoDay(day) !== isoDate) {
    throw new RangeError(`not a date (YYYY-MM-DD): ${isoDate}`);
  }
  return day;
}

export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** The calendar day, what a `date` column takes. */
export function isoDay(day: number): LocalDate {
  return LocalDate.fromDb(dateOfDay(day));
}

/** An ISO 8601 UTC timestamp at `seconds` past midnight of the day, what a `timestamptz` column takes. */
export function isoTimestamp(day: number, seconds: number): string {
  return new Date(day * MS_PER_DAY + Math.floor(seconds) * 1000).toISOString();
}

/** A time of an office day (07:30–16:30 in Finland, given in UTC), for consents and records made at work. */
export function officeSeconds(fraction: number): number {
  return 5.5 * 3600 + fraction * 9 * 3600;
}
