import { forbidden, hasRole, hasScope, type Viewer } from "@silta/kernel";

/** Roles allowed to keep the register of organisations, professionals and teams. */
export const DIRECTORY_ROLES = ["manager", "administrator"] as const;
export const DIRECTORY_SCOPE = "teams:write";

/**
 * Organisations, professionals and teams are not client data, so the access guard does not decide
 * them; they are kept by managers and administrators, or by an integration with `teams:write`.
 */
export function mayManageDirectory(viewer: Viewer): boolean {
  if (viewer.kind === "system") return hasScope(viewer, DIRECTORY_SCOPE);
  if (viewer.kind === "professional") return DIRECTORY_ROLES.some((role) => hasRole(viewer, role));
  return false;
}

export function assertMayManageDirectory(viewer: Viewer): void {
  if (!mayManageDirectory(viewer))
    throw forbidden(
      "Changing organisations, professionals and teams needs the manager or administrator role, or the teams:write scope.",
      { reason: "directory_role_missing" },
    );
}
