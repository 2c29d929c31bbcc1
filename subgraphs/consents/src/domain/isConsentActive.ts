import type { Consent } from "../data/prisma/client";

/**
 * Whether a consent lets data through on `today` (a `YYYY-MM-DD` calendar date): started, not yet
 * expired (`validUntil` is the last valid day), and not revoked. Revocation takes effect at once,
 * so any recorded revocation ends the consent.
 */
export function isConsentActive(consent: Pick<Consent, "validFrom" | "validUntil" | "revokedAt">, today: string): boolean {
  if (consent.revokedAt) return false;
  if (calendarDate(consent.validFrom) > today) return false;
  return consent.validUntil === null || calendarDate(consent.validUntil) >= today;
}

/** Prisma reads a `DATE` column as midnight UTC of that day. */
function calendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
