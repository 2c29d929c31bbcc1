import { badUserInput } from "@silta/kernel";

/**
 * Dates are calendar days. The Date scalar gives UTC midnight, Prisma's DATE columns do too, so
 * days compare as their ISO strings; periods are inclusive of both `since` and `until`.
 */
export function isoDay(date: Date | string): string {
  return typeof date === "string" ? date.slice(0, 10) : date.toISOString().slice(0, 10);
}

export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  const date = dayDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

/** True when `day` lies within since..until (until null: open-ended). */
export function periodCovers(period: { since: Date | string; until: Date | string | null }, day: string): boolean {
  return isoDay(period.since) <= day && (period.until === null || day <= isoDay(period.until));
}

export function requireNotBefore(field: string, day: string, earliest: string, what: string): void {
  if (day < earliest) throw badUserInput(field, "before_start", `${field} must not be before ${what} (${earliest}).`);
}

export function requireNotFuture(field: string, day: string, today: string): void {
  if (day > today) throw badUserInput(field, "future", `${field} must not be in the future (today is ${today}).`);
}
