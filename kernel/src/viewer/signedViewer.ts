import { createHmac } from "node:crypto";
import { unauthenticated } from "../errors";
import { Hs256TokenRefused, hmacKeyOf, verifyHs256Jwt } from "./hs256Jwt";
import { viewerSchema, type Viewer } from "./Viewer";

/** The header that carries the gateway-signed viewer to subgraphs. */
export const VIEWER_HEADER = "x-silta-viewer";
const ISSUER = "silta-gateway";
/** Short, because a viewer header is minted per request and should be useless when replayed later. */
const DEFAULT_TTL_SECONDS = 60;
/** The JWS protected header of every viewer header, encoded once. */
const PROTECTED_HEADER = Buffer.from(JSON.stringify({ alg: "HS256" })).toString("base64url");

export interface ViewerKey {
  secret: Uint8Array;
}

export function viewerKey(secret: string): ViewerKey {
  return { secret: new TextEncoder().encode(secret) };
}

/**
 * Signs the viewer for one subgraph: the audience is the subgraph's name, so a header captured
 * on its way to one subgraph cannot be replayed against another. A compact HS256 JWS (what jose's
 * SignJWT writes, verified as jose would in {@link verifyViewer}), signed with node:crypto's HMAC in
 * the calling thread: the gateway signs one per subgraph and request, and WebCrypto's
 * asynchronous job per signature cost more CPU than the HMAC itself.
 */
export async function signViewer(
  viewer: Viewer,
  key: ViewerKey,
  audience: string,
  ttlSeconds = DEFAULT_TTL_SECONDS,
  scope?: string,
): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const claims = {
    viewer,
    iss: ISSUER,
    aud: audience,
    iat: issuedAt,
    exp: issuedAt + ttlSeconds,
    ...(scope ? { scp: scope } : {}),
  };
  const signingInput = `${PROTECTED_HEADER}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}`;
  return `${signingInput}.${createHmac("sha256", hmacKeyOf(key.secret)).update(signingInput).digest("base64url")}`;
}

/**
 * Verifies a viewer header; throws UNAUTHENTICATED (HTTP 401) with a reason code otherwise. Every
 * subgraph request carries a fresh one, so it is checked with node:crypto in the calling thread
 * ({@link verifyHs256Jwt}), not with jose's WebCrypto job per token.
 */
export async function verifyViewer(header: string | undefined, key: ViewerKey, audience: string): Promise<Viewer> {
  if (!header) throw unauthenticated("viewer_missing", "Subgraphs answer only requests that come through the Silta gateway.");
  let payload: Record<string, unknown>;
  try {
    payload = verifyHs256Jwt(header, key.secret, { issuer: ISSUER, audience, clockToleranceSeconds: 5 });
  } catch (error) {
    if (error instanceof Hs256TokenRefused && error.refusal === "expired")
      throw unauthenticated("viewer_expired", "The signed viewer has expired.");
    if (error instanceof Hs256TokenRefused) throw unauthenticated("viewer_invalid", "The signed viewer is not valid.");
    throw error;
  }
  const parsed = viewerSchema.safeParse(payload["viewer"]);
  if (!parsed.success) throw unauthenticated("viewer_malformed", "The signed viewer does not describe a valid viewer.");
  return parsed.data;
}
