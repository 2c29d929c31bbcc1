import { createHash, randomUUID } from "node:crypto";

/** A new id for a row whose caller chose none. */
export function randomId(): string {
  return randomUUID();
}

/**
 * A UUID no client has, derived from `seed`: decided in place of a client that is not there, so
 * that a miss takes the same work as a hit on a hidden client (docs/access.md, "Timing").
 */
export function standInClientId(seed: string): string {
  const hex = createHash("sha256").update(seed).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
