import { jwtVerify, type JWTVerifyGetKey } from "jose";
import type { TokenVerifier } from "./TokenVerifier";

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
}

/** A {@link TokenVerifier} for signed JWTs: signature, issuer, audience, algorithm and expiry. */
export function createJwtVerifier(options: JwtVerifierOptions): TokenVerifier {
  const algorithms = [...(options.algorithms ?? ACCEPTED_ALGORITHMS)];
  return {
    async verify(token) {
      const { payload } = await jwtVerify(token, options.keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms,
        clockTolerance: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
        // A token that never expires would be a permanent key to client data.
        requiredClaims: ["exp"],
      });
      return payload;
    },
  };
}
