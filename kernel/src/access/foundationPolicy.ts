import type { Viewer } from "../viewer";
import { ACCESS_LOG_CATEGORY, type AccessDecision, type AccessPolicy, type AccessRequest } from "./types";

export interface FoundationPolicySettings {
  /** Organisations of the county that is the controller of the client records (rekisterinpitäjä). */
  controllerOrganizationIds: ReadonlySet<string>;
}

/**
 * The stand-alone rule, for one subgraph run on its own outside production where the consents
 * service is not configured (production refuses that): professionals of the controller's own
 * organisations, the client themself, and system clients with a `<category>:read` or `clients:read`
 * scope. Everyone else is denied.
 */
export function foundationPolicy(settings: FoundationPolicySettings): AccessPolicy {
  return {
    async decide(viewer: Viewer, requests: AccessRequest[]): Promise<AccessDecision[]> {
      return requests.map((request) => decideOne(viewer, request, settings));
    },
  };
}

function decideOne(viewer: Viewer, request: AccessRequest, settings: FoundationPolicySettings): AccessDecision {
  // The access log is the client's own to read (the consents service also lets guardians and the
  // data protection officer); no scope or organisation opens it.
  if (request.category === ACCESS_LOG_CATEGORY && !(viewer.kind === "client" && viewer.id === request.clientId))
    return { allowed: false, basis: "not_own_data" };
  switch (viewer.kind) {
    case "client":
      return viewer.id === request.clientId ? { allowed: true, basis: "self" } : { allowed: false, basis: "not_own_data" };
    case "system": {
      const verb = request.action === "read" ? "read" : "write";
      const scoped = viewer.scopes.includes(`clients:${verb}`) || viewer.scopes.includes(`${request.category}:${verb}`);
      return scoped ? { allowed: true, basis: "system_scope" } : { allowed: false, basis: "scope_missing" };
    }
    case "professional":
      if (viewer.roles.includes("reporting")) return { allowed: false, basis: "aggregates_only" };
      // A professional grants access to their own organisation only (a relationship of theirs).
      if (request.action === "grant" && request.grantedOrganizationId && request.grantedOrganizationId !== viewer.organizationId)
        return { allowed: false, basis: "not_own_organization" };
      return viewer.organizationId && settings.controllerOrganizationIds.has(viewer.organizationId)
        ? { allowed: true, basis: "own_organization" }
        : { allowed: false, basis: "no_client_relationship" };
  }
}
