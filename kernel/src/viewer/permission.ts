import { forbidden } from "../errors";
import { hasRole, hasScope, type Viewer } from "./Viewer";

/**
 * Who may do something that is not a client-data decision (those are the access guard's): a
 * professional holding any one of `roles`, or a system client holding `scope`. A client never.
 */
export interface Permission {
  /** Roles of professionals, any one of which suffices. Default: none, so no professional. */
  roles?: readonly string[];
  /** The scope a system client needs. Default: none, so no system client. */
  scope?: string;
}

/** Role-or-scope, decided by the viewer's kind: roles count only for professionals, scopes only for systems. */
export function isPermitted(viewer: Viewer, permission: Permission): boolean {
  switch (viewer.kind) {
    case "professional":
      return (permission.roles ?? []).some((role) => hasRole(viewer, role));
    case "system":
      return permission.scope !== undefined && hasScope(viewer, permission.scope);
    case "client":
      return false;
  }
}

/** FORBIDDEN with `message` (saying what role or scope is needed) unless {@link isPermitted}. */
export function assertPermitted(
  viewer: Viewer,
  permission: Permission,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  if (!isPermitted(viewer, permission)) throw forbidden(message, extensions);
}
