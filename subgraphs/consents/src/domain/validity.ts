/** Prisma reads a `DATE` column as midnight UTC of that day: its calendar date. */
export function calendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A record with a period and an end that takes effect at once (revocation, lifting, ending). */
export interface Period {
  validFrom: Date;
  validUntil: Date | null;
}

/** In force on `day` (`YYYY-MM-DD`): started, last day not passed, and not ended (`endedAt`). */
export function isInForce(record: Period, endedAt: Date | null, day: string): boolean {
  if (endedAt) return false;
  if (calendarDate(record.validFrom) > day) return false;
  return record.validUntil === null || calendarDate(record.validUntil) >= day;
}

/** `YYYY-MM-DD` of the day `days` after `day`. */
export function addDays(day: string, days: number): string {
  const shifted = new Date(`${day}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}
