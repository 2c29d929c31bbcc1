import { LocalDate } from "@silta/kernel";
/** A record with a period and an end that takes effect at once (revocation, lifting, ending). */
export interface Period {
  validFrom: Date;
  validUntil: Date | null;
}

/** In force on `day` (`YYYY-MM-DD`): started, last day not passed, and not ended (`endedAt`). */
export function isInForce(record: Period, endedAt: Date | null, day: LocalDate): boolean {
  if (endedAt) return false;
  if (LocalDate.fromDb(record.validFrom) > day) return false;
  return record.validUntil === null || LocalDate.fromDb(record.validUntil) >= day;
}
