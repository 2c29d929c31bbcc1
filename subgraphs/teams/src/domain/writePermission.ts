import { assertPermitted, isPermitted, type Permission, type Viewer } from "@silta/kernel";

/**
 * Organisations, professionals and teams are not client data, so the access guard does not decide
 * them; they are kept by managers and administrators, or by an integration with `teams:write`.
 */
export const DIRECTORY_PERMISSION: Permission = { roles: ["manager", "administrator"], scope: "teams:write" };

export function mayManageDirectory(viewer: Viewer): boolean {
  return isPermitted(viewer, DIRECTORY_PERMISSION);
}

export function assertMayManageDirectory(viewer: Viewer): void {
  assertPermitted(
    viewer,
    DIRECTORY_PERMISSION,
    "Changing organisations, professionals and teams needs the manager or administrator role, or the teams:write scope.",
    { reason: "directory_role_missing" },
  );
}
