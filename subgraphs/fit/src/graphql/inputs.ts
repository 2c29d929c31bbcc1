import { assertUuid, badUserInput, isPermitted, type Permission, type Viewer } from "@silta/kernel";
import type { Violation } from "../domain/records";

export function optionalUuid(field: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : assertUuid(field, value);
}

/** The first broken rule as BAD_USER_INPUT naming field and rule (validation runs before any write). */
export function throwFirst(violations: Violation[]): void {
  const first = violations[0];
  if (first) throw badUserInput(first.field, first.rule, first.message);
}

/** Reports are aggregates for managers and reporting users, or systems with the `fit:reports` scope. */
const REPORT_READERS: Permission = { roles: ["manager", "reporting"], scope: "fit:reports" };

export function mayReadReports(viewer: Viewer): boolean {
  return isPermitted(viewer, REPORT_READERS);
}
