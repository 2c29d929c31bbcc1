import { createHmac } from "node:crypto";
import { jwtVerify } from "jose";
import { unauthenticated } from "../errors";
import { REQUEST_ID_HEADER } from "../http/requestId";
import { viewerSchema, type Viewer, type ViewerKey } from "../viewer";
import { hmacKeyOf } from "../viewer/hs256Jwt";

/**
 * A subgraph asking the consents service for access decisions proves itself with this token:
 * signed with the viewer signing secret, but with an issuer and audience the gateway never uses,
 * so a viewer header captured on its way to a subgraph cannot be replayed as a decision request,
 * and a decision token cannot be used as a viewer header.
 */
const ISSUER = "silta-subgraph";
export const ACCESS_SERVICE_AUDIENCE = "consents-access";
const TTL_SECONDS = 30;
/** The JWS protected header of every service token, encoded once. */
const PROTECTED_HEADER = Buffer.from(JSON.stringify({ alg: "HS256" })).toString("base64url");

export interface AccessServiceClaims {
  viewer: Viewer;
  /** The subgraph asking: recorded as the source of every log entry. */
  source: string;
  /**
   * The request the call is for, when the token names it. A token reused across a viewer's requests
   * ({@link AccessServiceTokens}) names none: the call then says its request in `x-request-id`.
   */
  requestId?: string;
}

/**
 * A compact HS256 JWS (what jose's SignJWT writes; verified by jose), signed with node:crypto's HMAC
 * in the calling thread, as the gateway signs viewer headers: WebCrypto's asynchronous job per
 * signature waited 1.5–3 ms for the thread pool on a loaded machine, on every decision call.
 */
export async function signAccessServiceToken(
  claims: AccessServiceClaims,
  key: ViewerKey,
  now: number = Date.now(),
): Promise<string> {
  return signedToken(claims, key, Math.floor(now / 1000));
}

function signedToken(claims: AccessServiceClaims, key: ViewerKey, issuedAt: number): string {
  const payload = {
    viewer: claims.viewer,
    source: claims.source,
    ...(claims.requestId === undefined ? {} : { requestId: claims.requestId }),
    iss: ISSUER,
    aud: ACCESS_SERVICE_AUDIENCE,
    iat: issuedAt,
    exp: issuedAt + TTL_SECONDS,
  };
  const signingInput = `${PROTECTED_HEADER}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}`;
  return `${signingInput}.${createHmac("sha256", hmacKeyOf(key.secret)).update(signingInput).digest("base64url")}`;
}

/** Throws UNAUTHENTICATED unless the token was signed by a subgraph holding the shared secret and is fresh. */
export async function verifyAccessServiceToken(
  token: string | undefined,
  key: ViewerKey,
  now: number = Date.now(),
): Promise<AccessServiceClaims> {
  return (await verifiedToken(token, key, now)).claims;
}

async function verifiedToken(
  token: string | undefined,
  key: ViewerKey,
  now: number,
): Promise<{ claims: AccessServiceClaims; expiresAt: number }> {
  if (!token) throw unauthenticated("service_token_missing", "Access decisions are answered only to Silta's subgraphs.");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key.secret, {
      issuer: ISSUER,
      audience: ACCESS_SERVICE_AUDIENCE,
      algorithms: ["HS256"],
      clockTolerance: 5,
      currentDate: new Date(now),
    }));
  } catch {
    throw unauthenticated("service_token_invalid", "The service token is not valid.");
  }
  const viewer = viewerSchema.safeParse(payload["viewer"]);
  const source = payload["source"];
  const requestId = payload["requestId"];
  if (!viewer.success || typeof source !== "string" || (requestId !== undefined && typeof requestId !== "string")) {
    throw unauthenticated("service_token_malformed", "The service token does not carry a viewer and a source.");
  }
  const claims: AccessServiceClaims = { viewer: viewer.data, source };
  if (typeof requestId === "string") claims.requestId = requestId;
  // jwtVerify refuses a token without `exp` only when told to; ours always carry one.
  const exp = typeof payload["exp"] === "number" ? payload["exp"] * 1000 : now;
  return { claims, expiresAt: exp };
}

/**
 * The consents service's check of service tokens: each token is verified once (signature, issuer,
 * audience, lifetime) and its claims kept until the token expires, so the decision calls a subgraph
 * makes for a viewer with one token cost one verification. A kept token is answered only while
 * `now` is before its `exp` (without the verification's 5-second tolerance); after, it is verified
 * afresh, and refused. At most `maxEntries` (default 5,000) are kept: expired ones go first, then the oldest.
 */
export class AccessServiceTokenVerifier {
  private readonly verified = new Map<string, { claims: AccessServiceClaims; expiresAt: number }>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly key: ViewerKey,
    options: { maxEntries?: number; now?: () => number } = {},
  ) {
    this.maxEntries = options.maxEntries ?? 5_000;
    this.now = options.now ?? Date.now;
  }

  async verify(token: string | undefined): Promise<AccessServiceClaims> {
    const now = this.now();
    const kept = token === undefined ? undefined : this.verified.get(token);
    if (kept && now < kept.expiresAt) return kept.claims;
    if (kept) this.verified.delete(token!);
    const fresh = await verifiedToken(token, this.key, now);
    if (now < fresh.expiresAt) this.keep(token!, fresh);
    return fresh.claims;
  }

  private keep(token: string, entry: { claims: AccessServiceClaims; expiresAt: number }): void {
    if (this.verified.size >= this.maxEntries) {
      const now = this.now();
      for (const [kept, { expiresAt }] of this.verified) if (now >= expiresAt) this.verified.delete(kept);
      // Still full: the oldest kept (a Map iterates in insertion order) makes room.
      while (this.verified.size >= this.maxEntries) this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, entry);
  }
}

/** How long before its expiry a subgraph stops handing out a token and signs a new one, in ms. */
const REUSE_MARGIN_MS = 10_000;

/**
 * A subgraph's service tokens: one per viewer and asking subgraph, reused for that viewer's calls
 * until 10 s before it expires, so the consents service verifies it once ({@link AccessServiceTokenVerifier})
 * rather than on every call. The token names no request; the call says its request in `x-request-id`.
 */
export class AccessServiceTokens {
  private readonly tokens = new Map<string, { token: string; reuseUntil: number }>();

  constructor(
    private readonly key: ViewerKey,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 1_000,
  ) {}

  /**
   * The headers of one call for `viewer` from subgraph `source` within request `requestId`: the kept
   * token and the request in `x-request-id`, or, for a request id that header may not carry, a
   * one-off token naming it.
   */
  headersFor(
    viewer: Viewer,
    { source, requestId, scope }: { source: string; requestId: string; scope?: string },
  ): Record<string, string> {
    const headers: Record<string, string> = ACCESS_CALL_REQUEST_ID.test(requestId)
      ? { authorization: `Bearer ${this.tokenFor(viewer, source)}`, [REQUEST_ID_HEADER]: requestId }
      : { authorization: `Bearer ${signedToken({ viewer, source, requestId }, this.key, Math.floor(this.now() / 1000))}` };
    if (scope) headers[DECISION_SCOPE_HEADER] = scope;
    return headers;
  }

  tokenFor(viewer: Viewer, source: string): string {
    const now = this.now();
    const id = `${source}\n${JSON.stringify(viewer)}`;
    const kept = this.tokens.get(id);
    if (kept && now < kept.reuseUntil) return kept.token;
    const issuedAt = Math.floor(now / 1000);
    const token = signedToken({ viewer, source }, this.key, issuedAt);
    this.tokens.delete(id);
    if (this.tokens.size >= this.maxEntries) this.tokens.delete(this.tokens.keys().next().value!);
    this.tokens.set(id, { token, reuseUntil: (issuedAt + TTL_SECONDS) * 1000 - REUSE_MARGIN_MS });
    return token;
  }
}

/**
 * The header of a decision call naming the request's decision scope (the gateway's `scp`,
 * {@link verifySignedViewer}): the consents service answers a read already decided and logged in the
 * same scope from that decision, without deciding or logging it again (docs/access.md, "Follow-up reads").
 */
export const DECISION_SCOPE_HEADER = "x-silta-decision-scope";

/**
 * What `x-request-id` may carry on a decision call (printable ASCII, as the request ids Silta mints
 * and keeps are): a request id outside it goes inside a one-off token instead.
 */
export const ACCESS_CALL_REQUEST_ID = /^[\x21-\x7e]{1,200}$/;
