import { badUserInput, conflict } from "@silta/kernel";
import type { Problems } from "../domain/problems";

/** A mutation reports the first broken rule of its input, naming the field; nothing has been written yet. */
export function throwIfProblems(problems: Problems): void {
  const first = problems.list[0];
  if (first) throw badUserInput(first.field, first.rule, first.message);
}

/**
 * Idempotent creates: a repeated create with the same id returns the stored record when every
 * field agrees, and is a CONFLICT when any differs (the id was reused for something else).
 */
export function assertSame(what: string, id: string, stored: Record<string, unknown>, wanted: Record<string, unknown>): void {
  const differing = Object.keys(wanted).filter((key) => !sameValue(stored[key], wanted[key]));
  if (differing.length > 0)
    throw conflict(`${what} ${id} already exists with different ${differing.join(", ")}; use a new id for a new record.`, {
      fields: differing,
    });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date) a = a.toISOString().slice(0, 10);
  if (b instanceof Date) b = b.toISOString().slice(0, 10);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => sameValue(value, b[index]));
  return (a ?? null) === (b ?? null);
}
