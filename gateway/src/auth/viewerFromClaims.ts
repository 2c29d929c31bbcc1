import type { JWTPayload } from "jose";
import { ErrorCode, SiltaError, viewerSchema, type Viewer } from "@silta/kernel";

/** The request header in which a caller states why it asks; it goes into every access log entry. */
export const PURPOSE_HEADER = "x-silta-purpose";
export const MAX_PURPOSE_LENGTH = 200;

const kinds = new Set<Viewer["kind"]>(["professional", "client", "system"]);

export interface ViewerRequest {
  /** The value of the `x-silta-purpose` header, if any. */
  purpose?: string;
}

/**
 * Maps the claims of a verified token to the viewer that subgraphs see (the contract is in
 * docs/gateway.md). Claims that do not fit are refused with UNAUTHENTICATED, reason
 * `claims_invalid` and the claim's name: guessing a kind or an organisation would fail open.
 */
export function viewerFromClaims(claims: JWTPayload, request: ViewerRequest = {}): Viewer {
  const id = claims.sub;
  if (typeof id !== "string" || id.trim() === "") {
    throw invalidClaim("sub", "The token has no subject (sub).");
  }
  const kind = kindOf(claims);
  const organizationId = claims["silta_org"];
  if (organizationId !== undefined && (typeof organizationId !== "string" || organizationId === "")) {
    throw invalidClaim("silta_org", "The token's silta_org claim must be an organisation id.");
  }
  if (kind === "professional" && organizationId === undefined) {
    throw invalidClaim("silta_org", "A professional's token must name their organisation in silta_org.");
  }
  if (kind === "client" && organizationId !== undefined) {
    throw invalidClaim("silta_org", "A client's token must not name an organisation (silta_org).");
  }
  const viewer = {
    id,
    kind,
    ...(organizationId !== undefined ? { organizationId } : {}),
    roles: rolesOf(claims),
    scopes: scopesOf(claims),
    ...purposeOf(request.purpose),
  };
  // The kernel's schema has the last word, so the gateway never signs a viewer subgraphs would refuse.
  const parsed = viewerSchema.safeParse(viewer);
  if (!parsed.success)
    throw invalidClaim(String(parsed.error.issues[0]?.path[0] ?? "sub"), "The token's claims do not describe a valid viewer.");
  return parsed.data;
}

function kindOf(claims: JWTPayload): Viewer["kind"] {
  const kind = claims["silta_kind"];
  if (kind === undefined) {
    // OAuth client-credentials tokens carry client_id and no person: a system integration.
    if (typeof claims["client_id"] === "string" && claims["client_id"] !== "") return "system";
    throw invalidClaim("silta_kind", "The token does not say what kind of user it is for (silta_kind).");
  }
  if (typeof kind !== "string" || !kinds.has(kind as Viewer["kind"])) {
    throw invalidClaim("silta_kind", "The token's silta_kind claim must be professional, client or system.");
  }
  return kind as Viewer["kind"];
}

function rolesOf(claims: JWTPayload): string[] {
  const roles = claims["roles"];
  if (roles === undefined) return [];
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === "string" && role !== "")) {
    throw invalidClaim("roles", "The token's roles claim must be an array of role names.");
  }
  return roles as string[];
}

function scopesOf(claims: JWTPayload): string[] {
  const scope = claims["scope"];
  if (scope === undefined) return [];
  if (typeof scope !== "string") throw invalidClaim("scope", "The token's scope claim must be a space-separated string.");
  return scope.split(/\s+/).filter(Boolean);
}

function purposeOf(header: string | undefined): { purpose?: string } {
  const purpose = header?.trim();
  if (!purpose) return {};
  if (purpose.length > MAX_PURPOSE_LENGTH) {
    throw new SiltaError(
      ErrorCode.BadUserInput,
      `The ${PURPOSE_HEADER} header may be at most ${MAX_PURPOSE_LENGTH} characters; state the purpose briefly.`,
      { field: PURPOSE_HEADER, rule: "max_length", http: { status: 400 } },
    );
  }
  return { purpose };
}

function invalidClaim(claim: string, message: string): SiltaError {
  return new SiltaError(
    ErrorCode.Unauthenticated,
    `${message} Ask the identity provider's administrators to fix the token's claims.`,
    {
      reason: "claims_invalid",
      claim,
    },
  );
}
