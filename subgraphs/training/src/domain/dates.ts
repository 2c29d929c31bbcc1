/** Calendar dates travel as `YYYY-MM-DD`; PostgreSQL `date` columns come back from Prisma as UTC midnights. */
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a `YYYY-MM-DD` that names a day that exists. */
export function isIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The `YYYY-MM-DD` of a GraphQL Date value or a Prisma date column. */
export function toIsoDate(value: Date | string): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** What Prisma wants for a `date` column. */
export function fromIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function addDays(isoDate: string, days: number): string {
  const date = fromIsoDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for `YYYY-MM`. */
export function isIsoMonth(value: string): boolean {
  return monthPattern.test(value);
}
