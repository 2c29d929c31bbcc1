import { forbidden, hasRole, hasScope, type Viewer } from "@silta/kernel";

/** Roles of professionals who keep the training register: training coordinators and managers. */
export const TRAINING_WRITE_ROLES = ["training_admin", "manager"] as const;
/** Scope of a system client (e.g. an HR or training system integration) that writes training records. */
export const TRAINING_WRITE_SCOPE = "training:write";

/** Who may change the training register: a coordinator or manager, or a system client with the scope. */
export function assertCanManageTraining(viewer: Viewer): void {
  const allowed =
    viewer.kind === "professional"
      ? TRAINING_WRITE_ROLES.some((role) => hasRole(viewer, role))
      : viewer.kind === "system" && hasScope(viewer, TRAINING_WRITE_SCOPE);
  if (!allowed)
    throw forbidden(
      `Changing training records needs the role ${TRAINING_WRITE_ROLES.join(" or ")}, or the scope ${TRAINING_WRITE_SCOPE}.`,
    );
}

/** Courses, events and rollout figures are for staff and systems, not for clients. */
export function assertStaffOrSystem(viewer: Viewer): void {
  if (viewer.kind === "client") throw forbidden("Training data is for the county's staff and systems.");
}
