import { assertUuid, badUserInput, type Viewer } from "@silta/kernel";
import type { Violation } from "../domain/records";

/** A `Date` scalar input (graphql-scalars gives a UTC-midnight Date) as `YYYY-MM-DD`. */
export function isoDay(value: Date | string): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function optionalUuid(field: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : assertUuid(field, value);
}

/** The first broken rule as BAD_USER_INPUT naming field and rule (validation runs before any write). */
export function throwFirst(violations: Violation[]): void {
  const first = violations[0];
  if (first) throw badUserInput(first.field, first.rule, first.message);
}

/** Reports are aggregates for managers and reporting users, or systems with the `fit:reports` scope. */
export function mayReadReports(viewer: Viewer): boolean {
  if (viewer.kind === "system") return viewer.scopes.includes("fit:reports");
  return viewer.kind === "professional" && (viewer.roles.includes("manager") || viewer.roles.includes("reporting"));
}
