import { assertPermitted, forbidden, type Permission, type Viewer } from "@silta/kernel";

/** Roles of professionals who keep the training register: training coordinators and managers. */
export const TRAINING_WRITE_ROLES = ["training_admin", "manager"] as const;
/** Scope of a system client (e.g. an HR or training system integration) that writes training records. */
export const TRAINING_WRITE_SCOPE = "training:write";

/** Who may change the training register: a coordinator or manager, or a system client with the scope. */
const TRAINING_WRITE: Permission = { roles: TRAINING_WRITE_ROLES, scope: TRAINING_WRITE_SCOPE };

export function assertCanManageTraining(viewer: Viewer): void {
  assertPermitted(
    viewer,
    TRAINING_WRITE,
    `Changing training records needs the role ${TRAINING_WRITE_ROLES.join(" or ")}, or the scope ${TRAINING_WRITE_SCOPE}.`,
  );
}

/** Courses, events and rollout figures are for staff and systems, not for clients. */
export function assertStaffOrSystem(viewer: Viewer): void {
  if (viewer.kind === "client") throw forbidden("Training data is for the county's staff and systems.");
}
