import { HeaderMap } from "@apollo/server";
import { errors as joseErrors, type JWTPayload } from "jose";
import { unauthenticated, type SiltaError, type Viewer } from "@silta/kernel";
import type { TokenVerifier } from "./TokenVerifier";
import { viewerFromClaims } from "./viewerFromClaims";

/** Why a caller was refused, in `extensions.reason` of the 401 answer. */
export const AuthFailure = {
  TokenMissing: "token_missing",
  TokenMalformed: "token_malformed",
  TokenExpired: "token_expired",
  TokenInvalid: "token_invalid",
  /** The token verified but its claims do not describe a viewer (see {@link viewerFromClaims}). */
  ClaimsInvalid: "claims_invalid",
} as const;
export type AuthFailure = (typeof AuthFailure)[keyof typeof AuthFailure];

export interface AuthenticationRequest {
  /** The `Authorization` header. */
  authorization?: string;
  /** The `x-silta-purpose` header. */
  purpose?: string;
}

const bearer = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i;

/**
 * From the request's headers to the viewer, or a 401 UNAUTHENTICATED with a reason code. The
 * messages never say which key, claim value or check failed beyond the reason: that detail helps
 * an attacker more than a caller. Errors of the verifier itself (keys unreachable) pass through.
 */
export async function authenticate(request: AuthenticationRequest, verifier: TokenVerifier): Promise<Viewer> {
  const header = request.authorization?.trim();
  if (!header) {
    throw refuse(AuthFailure.TokenMissing, "Send a bearer token: `Authorization: Bearer <token>`.");
  }
  const token = bearer.exec(header)?.[1];
  if (!token) {
    throw refuse(AuthFailure.TokenMalformed, "The Authorization header must be `Bearer <token>` with a JSON Web Token.");
  }
  let claims: JWTPayload;
  try {
    claims = await verifier.verify(token);
  } catch (error) {
    throw tokenRefusal(error) ?? error;
  }
  try {
    return viewerFromClaims(claims, { purpose: request.purpose });
  } catch (error) {
    if (isUnauthenticated(error)) withChallenge(error, AuthFailure.ClaimsInvalid);
    throw error;
  }
}

function tokenRefusal(error: unknown): SiltaError | undefined {
  if (error instanceof joseErrors.JWTExpired) {
    return refuse(AuthFailure.TokenExpired, "The token has expired. Get a new one from the identity provider.");
  }
  if (error instanceof joseErrors.JWSInvalid || error instanceof joseErrors.JWTInvalid) {
    return refuse(AuthFailure.TokenMalformed, "The bearer token is not a well-formed signed JSON Web Token.");
  }
  if (
    error instanceof joseErrors.JWSSignatureVerificationFailed ||
    error instanceof joseErrors.JWTClaimValidationFailed ||
    error instanceof joseErrors.JWKSNoMatchingKey ||
    error instanceof joseErrors.JWKSMultipleMatchingKeys ||
    error instanceof joseErrors.JOSEAlgNotAllowed ||
    error instanceof joseErrors.JOSENotSupported
  ) {
    return refuse(AuthFailure.TokenInvalid, "The token is not valid for Silta. Get a token from Silta's identity provider.");
  }
  return undefined;
}

function refuse(reason: AuthFailure, message: string): SiltaError {
  return withChallenge(unauthenticated(reason, message), reason);
}

/** RFC 6750: a 401 names the scheme, and says `invalid_token` when a token was sent. */
function withChallenge(error: SiltaError, reason: AuthFailure): SiltaError {
  const challenge = reason === AuthFailure.TokenMissing ? `Bearer realm="silta"` : `Bearer realm="silta", error="invalid_token"`;
  error.extensions["http"] = { status: 401, headers: new HeaderMap([["www-authenticate", challenge]]) };
  return error;
}

function isUnauthenticated(error: unknown): error is SiltaError {
  return (error as SiltaError | undefined)?.extensions?.["code"] === "UNAUTHENTICATED";
}
