import { KeyObject } from "node:crypto";
import {
  UnsecuredJWT,
  base64url,
  decodeProtectedHeader,
  type CryptoKey,
  errors,
  jwtVerify,
  type CompactJWSHeaderParameters,
  type JWTClaimVerificationOptions,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import { verifySignature } from "./jwsSignature";
import type { TokenVerifier } from "./TokenVerifier";
import { VerifiedTokens } from "./verifiedTokens";

/** Asymmetric algorithms only: a symmetric (HS*) token could be forged by anyone who holds the key. */
export const ACCEPTED_ALGORITHMS = ["RS256", "ES256", "PS256", "EdDSA"] as const;
export type AcceptedAlgorithm = (typeof ACCEPTED_ALGORITHMS)[number];

/** Default leeway for `exp` and `nbf` between the identity provider's clock and ours. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

export interface JwtVerifierOptions {
  /** Where the signing keys come from (a remote or local JWKS). */
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  /** Accepted `alg` values. Default: RS256, ES256, PS256, EdDSA. */
  algorithms?: readonly AcceptedAlgorithm[];
  /** Seconds of clock skew tolerated on `exp` and `nbf`. Default 30. */
  clockToleranceSeconds?: number;
  /** The tokens whose signature was checked lately. Default: a memory of this verifier's own. */
  verifiedTokens?: VerifiedTokens;
}

/** jose signs and verifies a compact JWS's text as ASCII bytes and refuses any other character. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `{"alg":"none"}`: the header under which jose's claim checks are reached without a second
 * signature check (see {@link validatedClaims}). It never comes from a caller.
 */
const CLAIMS_ONLY_HEADER = base64url.encode(JSON.stringify({ alg: "none" }));

/**
 * A {@link TokenVerifier} for signed JWTs: signature, issuer, audience, algorithm and expiry, as
 * jose's `jwtVerify` checks them, with the signature checked by node:crypto in the calling thread
 * ({@link verifySignature}); jose still resolves the key (its JWKS fetching and caching) and checks
 * the claims. A header with `crit`, or a key that is neither a CryptoKey nor a KeyObject, is left
 * to `jwtVerify` whole: neither occurs with the OIDC providers Silta is used with. A token that
 * passed every check within the last minute skips the key look-up and the signature check, never
 * the claims' ({@link VerifiedTokens}).
 */
export function createJwtVerifier(options: JwtVerifierOptions): TokenVerifier {
  const algorithms = [...(options.algorithms ?? ACCEPTED_ALGORITHMS)];
  // Each accepted algorithm needs its signature check; any other (HS256 forced through a cast) is a mistake to stop at start.
  const unknown = algorithms.filter((alg) => !(ACCEPTED_ALGORITHMS as readonly string[]).includes(alg));
  if (unknown.length > 0)
    throw new TypeError(`The gateway verifies only ${ACCEPTED_ALGORITHMS.join(", ")}, not ${unknown.join(", ")}.`);
  const accepted = new Set<string>(algorithms);
  const claimChecks: JWTClaimVerificationOptions = {
    issuer: options.issuer,
    audience: options.audience,
    clockTolerance: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
    // A token that never expires would be a permanent key to client data.
    requiredClaims: ["exp"],
  };
  const joseVerify = async (token: string, key: Parameters<typeof jwtVerify>[1]) =>
    (await jwtVerify(token, key, { ...claimChecks, algorithms })).payload;
  const verified = options.verifiedTokens ?? new VerifiedTokens();

  return {
    async verify(token) {
      const parts = token.split(".");
      if (parts.length !== 3) throw new errors.JWSInvalid("Invalid Compact JWS");
      const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
      // The same text passed every check below within the minute: only the claims' times can have changed.
      if (verified.has(token)) return validatedClaims(encodedPayload, claimChecks);
      const header = protectedHeaderOf(token);
      if (header.crit !== undefined) return joseVerify(token, options.keys);
      const { alg } = header;
      if (typeof alg !== "string" || !alg)
        throw new errors.JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
      if (!accepted.has(alg)) throw new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');

      const key = await options.keys(header, { protected: encodedHeader, payload: encodedPayload, signature: encodedSignature });
      if (!isKeyObject(key) && !isCryptoKey(key)) return joseVerify(token, key);
      // The checks of jwtVerify, in its order, so a token is refused for the same reason as before.
      if (NON_ASCII.test(encodedPayload)) throw new errors.JWSInvalid("The payload is not a valid base64url string");
      const signature = signatureOf(encodedSignature);
      verifySignature(alg as AcceptedAlgorithm, key, `${encodedHeader}.${encodedPayload}`, signature);
      const payload = validatedClaims(encodedPayload, claimChecks);
      verified.add(token);
      return payload;
    },
  };
}

function protectedHeaderOf(token: string): CompactJWSHeaderParameters {
  try {
    return decodeProtectedHeader(token) as CompactJWSHeaderParameters;
  } catch (cause) {
    throw new errors.JWSInvalid("JWS Protected Header is invalid", { cause });
  }
}

function signatureOf(encoded: string): Uint8Array {
  try {
    return base64url.decode(encoded);
  } catch (cause) {
    throw new errors.JWSInvalid("Failed to base64url decode the signature", { cause });
  }
}

/**
 * The claims of a token whose signature was checked, checked as `jwtVerify` checks them: jose
 * exports its claim checks only through its decoder of unsecured JWTs, which runs the very same
 * function (`validateClaimsSet`) over the payload. Only ever called after {@link verifySignature}
 * returned; the `alg: none` here is this module's, never the caller's header.
 */
function validatedClaims(encodedPayload: string, checks: JWTClaimVerificationOptions): JWTPayload {
  return UnsecuredJWT.decode(`${CLAIMS_ONLY_HEADER}.${encodedPayload}.`, checks).payload;
}

function isKeyObject(key: unknown): key is KeyObject {
  return key instanceof KeyObject;
}

function isCryptoKey(key: unknown): key is CryptoKey {
  return key instanceof globalThis.CryptoKey;
}
