import { forbidden, hasScope, type Viewer } from "@silta/kernel";

/**
 * The register keeper (rekisterinpitäjän edustaja) of client records, who merges duplicate
 * registrations: a professional with the `intake` role, for the clients their organisation is the
 * controller of (the role that already opens the first relationship of the controller's clients,
 * docs/access.md), or the client information system with `clients:write`, for all. Answers the
 * controller organisation whose records the viewer keeps, or null for all.
 */
export function registerKept(viewer: Viewer): { controllerOrganizationId: string | null } {
  if (viewer.kind === "professional" && viewer.roles.includes("intake") && viewer.organizationId)
    return { controllerOrganizationId: viewer.organizationId };
  if (viewer.kind === "system" && hasScope(viewer, "clients:write")) return { controllerOrganizationId: null };
  throw forbidden("Only the register keeper (the intake role, or a system with clients:write) lists duplicate registrations.", {
    reason: "register_keeper_only",
  });
}
