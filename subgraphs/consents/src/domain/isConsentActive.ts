import { LocalDate } from "@silta/kernel";
import type { Consent } from "../data/prisma/client";
import { isInForce } from "./validity";

/**
 * Whether a consent lets data through on `today` (a `YYYY-MM-DD` calendar date): started, not yet
 * expired (`validUntil` is the last valid day), and not revoked. Revocation takes effect at once,
 * so any recorded revocation ends the consent.
 */
export function isConsentActive(consent: Pick<Consent, "validFrom" | "validUntil" | "revokedAt">, today: LocalDate): boolean {
  return isInForce(consent, consent.revokedAt, today);
}
