import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Deliveries are signed as the Standard Webhooks specification says (https://www.standardwebhooks.com),
 * so receivers verify them with its published libraries (`standardwebhooks` on npm, and others).
 */
export const ID_HEADER = "webhook-id";
export const TIMESTAMP_HEADER = "webhook-timestamp";
export const SIGNATURE_HEADER = "webhook-signature";

/** Secrets made since the Standard Webhooks format carry this prefix before the base64 key. */
const SECRET_PREFIX = "whsec_";

/** A new subscription's secret: `whsec_` + 32 random bytes in base64, as Standard Webhooks libraries take it. */
export function newSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64");
}

/**
 * The HMAC key of a secret: the bytes after `whsec_`; a secret from before the Standard Webhooks
 * format (no prefix) keyed the HMAC with its own text, and still does, so its receivers keep
 * verifying (with the library: `new Webhook(secret, { format: "raw" })`).
 */
export function signingKey(secret: string): Buffer {
  return secret.startsWith(SECRET_PREFIX)
    ? Buffer.from(secret.slice(SECRET_PREFIX.length), "base64")
    : Buffer.from(secret, "utf8");
}

/**
 * `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`: the id and the timestamp (Unix seconds)
 * are signed with the body, so a receiver that rejects old timestamps and remembers the ids it has
 * seen cannot be fed a recorded delivery again.
 */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac("sha256", signingKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** The three Standard Webhooks headers of one attempt. */
export function webhookHeaders(secret: string, id: string, timestamp: number, body: string): Record<string, string> {
  return { [ID_HEADER]: id, [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: sign(secret, id, timestamp, body) };
}

/**
 * What a receiver does (the libraries do the same): one of the space-separated `v1,` signatures
 * matches, compared in constant time, and the timestamp is within `toleranceSeconds` of now.
 */
export function verify(
  secret: string,
  headers: { id: string | undefined; timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.id || !headers.signature) return false;
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, headers.id, timestamp, body));
  return headers.signature.split(" ").some((given) => {
    const candidate = Buffer.from(given);
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
}

/**
 * The headers of the format before Standard Webhooks (`silta-webhook-*`, `v1=<hex HMAC over
 * "<timestamp>.<body>">`), still sent beside the standard ones for this version so that existing
 * receivers keep working while they move; to be removed in the next one (README, "Delivery").
 */
export function legacyHeaders(
  secret: string,
  delivery: { id: string; eventId: string; eventType: string },
  timestamp: number,
  body: string,
): Record<string, string> {
  return {
    "silta-webhook-id": delivery.id,
    "silta-event-id": delivery.eventId,
    "silta-event-type": delivery.eventType,
    "silta-webhook-timestamp": String(timestamp),
    "silta-webhook-signature": `v1=${createHmac("sha256", signingKey(secret)).update(`${timestamp}.${body}`).digest("hex")}`,
  };
}
