import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from "node:crypto";

/** Why a token was refused: its time is over, or anything else about it is wrong. */
export type Hs256Refusal = "expired" | "invalid";

export class Hs256TokenRefused extends Error {
  constructor(readonly refusal: Hs256Refusal) {
    super(`token ${refusal}`);
  }
}

export interface Hs256Expectations {
  issuer: string;
  audience: string;
  clockToleranceSeconds: number;
  /** Milliseconds since the epoch. Default: now. */
  now?: number;
}

/**
 * Verifies a compact HS256 JWT the way jose's `jwtVerify` does for the claims Silta's own tokens
 * carry (alg exactly HS256, no `crit`, signature, `iss`, `aud`, `exp` within the tolerance, `nbf`),
 * with node:crypto's HMAC in the calling thread: jose imports a WebCrypto key and verifies in an
 * asynchronous job for every token, which cost each subgraph more CPU per request than the whole
 * HMAC (docs/benchmarks.md, seventh sitting). One thing is stricter than jose's defaults: a token
 * without `exp` is refused, as one that never expires would be a standing key.
 * Returns the payload; throws {@link Hs256TokenRefused}.
 */
export function verifyHs256Jwt(token: string, secret: Uint8Array, expected: Hs256Expectations): Record<string, unknown> {
  const parts = token.split(".");
  if (parts.length !== 3) throw new Hs256TokenRefused("invalid");
  const [encodedHeader, encodedPayload, signature] = parts as [string, string, string];
  // The header Silta's own signers write, byte for byte, needs no decoding to be judged; any other is read.
  if (encodedHeader !== SILTA_PROTECTED_HEADER) {
    const header = jsonObjectOf(encodedHeader);
    if (header["alg"] !== "HS256" || "crit" in header || "b64" in header) throw new Hs256TokenRefused("invalid");
  }
  const expectedSignature = Buffer.from(
    createHmac("sha256", hmacKeyOf(secret)).update(`${encodedHeader}.${encodedPayload}`).digest("base64url"),
  );
  const givenSignature = Buffer.from(signature);
  if (givenSignature.length !== expectedSignature.length || !timingSafeEqual(givenSignature, expectedSignature))
    throw new Hs256TokenRefused("invalid");
  const payload = jsonObjectOf(encodedPayload);
  const { iss, aud, exp, nbf, iat } = payload;
  if (iss !== expected.issuer) throw new Hs256TokenRefused("invalid");
  if (!(aud === expected.audience || (Array.isArray(aud) && aud.includes(expected.audience))))
    throw new Hs256TokenRefused("invalid");
  if (typeof exp !== "number" || (nbf !== undefined && typeof nbf !== "number") || (iat !== undefined && typeof iat !== "number"))
    throw new Hs256TokenRefused("invalid");
  const now = Math.floor((expected.now ?? Date.now()) / 1000);
  if (typeof nbf === "number" && nbf > now + expected.clockToleranceSeconds) throw new Hs256TokenRefused("invalid");
  if (exp <= now - expected.clockToleranceSeconds) throw new Hs256TokenRefused("expired");
  return payload;
}

/** `{"alg":"HS256"}`, the protected header signViewer and the service tokens write. */
const SILTA_PROTECTED_HEADER = Buffer.from(JSON.stringify({ alg: "HS256" })).toString("base64url");

/**
 * One key object per secret, for signing and verifying alike: an HMAC keyed with the raw bytes imports
 * them into a new key on every call (the gateway signs a viewer header per subgraph and request).
 */
const hmacKeys = new WeakMap<Uint8Array, KeyObject>();

export function hmacKeyOf(secret: Uint8Array): KeyObject {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = createSecretKey(secret);
    hmacKeys.set(secret, key);
  }
  return key;
}

function jsonObjectOf(encoded: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    throw new Hs256TokenRefused("invalid");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Hs256TokenRefused("invalid");
  return value as Record<string, unknown>;
}
