import { badUserInput } from "../errors";

/**
 * Opaque cursors for Relay-style connections: the sort key of the last row, base64url-encoded JSON.
 * Opaque so callers cannot depend on the key; validated so a forged cursor is a clear input error.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(field: string, cursor: string, length: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((part) => typeof part === "string" || typeof part === "number"))
      return key;
  } catch {
    // Falls through to the error below.
  }
  throw badUserInput(field, "cursor", `${field} is not a cursor this API gave out; pass a pageInfo.endCursor back unchanged.`);
}

/** Page size: `first` within 1..max, default when absent. */
export function pageSize(field: string, first: number | null | undefined, fallback = 50, max = 500): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw badUserInput(field, "range", `${field} must be between 1 and ${max}.`);
  return first;
}
