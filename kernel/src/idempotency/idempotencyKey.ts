import { createHash } from "node:crypto";
import { badUserInput } from "../errors";

/**
 * The HTTP header an integration sends with a mutation it may retry (the IETF httpapi
 * Idempotency-Key draft, as Stripe and others use it). A header rather than an argument on every
 * mutation: one mechanism for every write, no change to the contract integrators already read.
 */
export const IDEMPOTENCY_KEY_HEADER = "idempotency-key";

const keyPattern = /^[\x21-\x7e]{8,255}$/;

/** The key as given, or undefined without one; a key that cannot be stored safely is the caller's mistake. */
export function parseIdempotencyKey(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (!keyPattern.test(value))
    throw badUserInput(
      "Idempotency-Key",
      "format",
      "The Idempotency-Key header must be 8 to 255 visible ASCII characters, e.g. a UUID chosen once per write.",
    );
  return value;
}

/** Canonical JSON: object keys sorted, so the same input hashes the same however it was written. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * What a retry must repeat exactly: the mutation's arguments, hashed (SHA-256 of canonical JSON),
 * so the table keeps no client data in clear.
 */
export function inputFingerprint(args: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(args ?? {})))
    .digest("hex");
}
