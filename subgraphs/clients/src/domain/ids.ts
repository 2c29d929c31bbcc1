import { randomUUID } from "node:crypto";

/** A new id for a row whose caller chose none. */
export function randomId(): string {
  return randomUUID();
}
