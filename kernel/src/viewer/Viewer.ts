import { z } from "zod";

/**
 * Who is asking, as the gateway established it from the caller's token. Subgraphs trust only a
 * viewer that arrives signed by the gateway (see signViewer / verifyViewer).
 */
export const viewerSchema = z.object({
  /** Stable subject id: a professional's, a client's or a system client's id. */
  id: z.string().min(1),
  kind: z.enum(["professional", "client", "system"]),
  /** The viewer's organisation (a teams subgraph Organization id); absent for clients. */
  organizationId: z.string().min(1).optional(),
  /** Roles such as `social_worker`, `manager`, `reporting`, `data_protection_officer`. */
  roles: z.array(z.string()).default([]),
  /** OAuth scopes of system clients, e.g. `clients:read`. */
  scopes: z.array(z.string()).default([]),
  /** The purpose the caller stated for this request (x-silta-purpose); part of every access log entry. */
  purpose: z.string().max(200).optional(),
});
export type Viewer = z.infer<typeof viewerSchema>;

export function hasRole(viewer: Viewer, role: string): boolean {
  return viewer.roles.includes(role);
}

export function hasScope(viewer: Viewer, scope: string): boolean {
  return viewer.scopes.includes(scope);
}
