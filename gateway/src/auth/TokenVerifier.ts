import type { JWTPayload } from "jose";

/**
 * Checks a bearer token and returns its claims. A token that is not acceptable (malformed,
 * expired, badly signed, wrong issuer or audience) makes `verify` reject with one of jose's
 * errors, which {@link authenticate} turns into a reason code; any other rejection means the
 * verifier itself could not work (for example the identity provider's keys were unreachable).
 */
export interface TokenVerifier {
  verify(token: string): Promise<JWTPayload>;
}
