import type { Viewer } from "../viewer";
import type { AccessDecision, AccessLogContext } from "./types";

/** What an access log entry records beyond the request itself (client, category, action). */
export interface AccessLogFields {
  at: string;
  viewerId: string;
  viewerKind: Viewer["kind"];
  organizationId: string | null;
  roles: string[];
  purpose: string | null;
  basis: string;
  consentId: string | null;
  teamId: string | null;
  relationshipId: string | null;
  statutoryBasisId: string | null;
  outcome: "allowed" | "denied";
  requestId: string;
  source: string;
}

/**
 * One entry of the access log (Act 703/2023: who, which organisation and role, which client, what
 * data, what action, for what purpose, on what basis, with what outcome). Built in one place, so
 * the guard's fallback lines and the consents service's durable log record the same fields.
 */
export function accessLogEntry<Request extends { clientId: string; category: string; action: string }>(
  viewer: Viewer,
  request: Request,
  decision: AccessDecision,
  context: AccessLogContext,
  at: string,
): Request & AccessLogFields {
  return {
    ...request,
    at,
    viewerId: viewer.id,
    viewerKind: viewer.kind,
    organizationId: viewer.organizationId ?? null,
    roles: viewer.roles,
    purpose: viewer.purpose ?? null,
    basis: decision.basis,
    consentId: decision.consentId ?? null,
    teamId: decision.teamId ?? null,
    relationshipId: decision.relationshipId ?? null,
    statutoryBasisId: decision.statutoryBasisId ?? null,
    outcome: decision.allowed ? "allowed" : "denied",
    requestId: context.requestId,
    source: context.source,
  };
}
