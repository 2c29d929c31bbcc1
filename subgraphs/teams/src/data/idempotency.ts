import { conflict } from "@silta/kernel";
import { isoDay } from "../domain/dates";

type Comparable = string | number | boolean | null | Date | readonly string[];

function normalise(value: Comparable | undefined): unknown {
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return [...value].sort();
  return value ?? null;
}

/**
 * A create retried with the same client-chosen id: the stored record is returned when the retry
 * asks for the same thing, and CONFLICT names the fields that differ when it does not.
 */
export function sameOrConflict<Row>(
  what: string,
  row: Row,
  stored: Record<string, Comparable>,
  asked: Record<string, Comparable>,
): Row {
  const differing = Object.keys(asked).filter(
    (key) => JSON.stringify(normalise(stored[key])) !== JSON.stringify(normalise(asked[key])),
  );
  if (differing.length > 0)
    throw conflict(
      `A ${what} with this id already exists with different ${differing.join(", ")}; choose a new id for a new ${what}.`,
      {
        fields: differing,
      },
    );
  return row;
}
