import { createRemoteJWKSet } from "jose";
import { createJwtVerifier, type AcceptedAlgorithm } from "./jwtVerifier";
import type { TokenVerifier } from "./TokenVerifier";

export interface OidcVerifierOptions {
  /** The identity provider's issuer, compared exactly with the token's `iss`. */
  issuer: string;
  /** The audience Silta is registered as, compared with the token's `aud`. */
  audience: string;
  /** The provider's JSON Web Key Set (`jwks_uri` of its discovery document). */
  jwksUrl: string;
  /** Accepted `alg` values. Default: RS256, ES256, PS256, EdDSA. */
  algorithms?: readonly AcceptedAlgorithm[];
  /** Seconds of clock skew tolerated on `exp` and `nbf`. Default 30. */
  clockToleranceSeconds?: number;
}

/**
 * Verifies OpenID Connect bearer tokens against the provider's JWKS. jose caches the key set and
 * fetches it again when a token names a key it has not seen, so key rotation needs no restart.
 */
export function createOidcVerifier(options: OidcVerifierOptions): TokenVerifier {
  return createJwtVerifier({
    keys: createRemoteJWKSet(new URL(options.jwksUrl)),
    issuer: options.issuer,
    audience: options.audience,
    algorithms: options.algorithms,
    clockToleranceSeconds: options.clockToleranceSeconds,
  });
}
