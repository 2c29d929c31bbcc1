import { randomUUID } from "node:crypto";
import { assertUuid } from "@silta/kernel";

/** The client-chosen id of an idempotent create, or a fresh one when the caller chose none. */
export function idOrNew(field: string, id: string | null | undefined): string {
  return id === null || id === undefined ? randomUUID() : assertUuid(field, id);
}

/** Whether an optional input field was given at all (null counts: it clears the field). */
export function given<T>(value: T | undefined): value is T {
  return value !== undefined;
}
