import { SignJWT, jwtVerify } from "jose";
import { unauthenticated } from "../errors";
import { viewerSchema, type Viewer, type ViewerKey } from "../viewer";

/**
 * A subgraph asking the consents service for access decisions proves itself with this token:
 * signed with the viewer signing secret, but with an issuer and audience the gateway never uses,
 * so a viewer header captured on its way to a subgraph cannot be replayed as a decision request,
 * and a decision token cannot be used as a viewer header.
 */
const ISSUER = "silta-subgraph";
export const ACCESS_SERVICE_AUDIENCE = "consents-access";
const TTL_SECONDS = 30;

export interface AccessServiceClaims {
  viewer: Viewer;
  /** The subgraph asking: recorded as the source of every log entry. */
  source: string;
  requestId: string;
}

export async function signAccessServiceToken(claims: AccessServiceClaims, key: ViewerKey): Promise<string> {
  return new SignJWT({ viewer: claims.viewer, source: claims.source, requestId: claims.requestId })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setAudience(ACCESS_SERVICE_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(key.secret);
}

/** Throws UNAUTHENTICATED unless the token was signed by a subgraph holding the shared secret and is fresh. */
export async function verifyAccessServiceToken(token: string | undefined, key: ViewerKey): Promise<AccessServiceClaims> {
  if (!token) throw unauthenticated("service_token_missing", "Access decisions are answered only to Silta's subgraphs.");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key.secret, {
      issuer: ISSUER,
      audience: ACCESS_SERVICE_AUDIENCE,
      algorithms: ["HS256"],
      clockTolerance: 5,
    }));
  } catch {
    throw unauthenticated("service_token_invalid", "The service token is not valid.");
  }
  const viewer = viewerSchema.safeParse(payload["viewer"]);
  const source = payload["source"];
  const requestId = payload["requestId"];
  if (!viewer.success || typeof source !== "string" || typeof requestId !== "string") {
    throw unauthenticated("service_token_malformed", "The service token does not carry a viewer, source and request id.");
  }
  return { viewer: viewer.data, source, requestId };
}
