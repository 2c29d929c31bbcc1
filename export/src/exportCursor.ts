import { badUserInput } from "@silta/kernel";

/**
 * What an export hands back for the next increment: the PostgreSQL snapshot it read (`xmin:xmax:xip…`)
 * and the dataset it was for. Opaque to callers (base64url JSON), versioned so it can change shape.
 */
export interface ExportCursor {
  dataset: string;
  snapshot: string;
}

const SNAPSHOT = /^\d+:\d+:(\d+(,\d+)*)?$/;

export function encodeExportCursor(cursor: ExportCursor): string {
  return Buffer.from(JSON.stringify({ v: 1, d: cursor.dataset, s: cursor.snapshot }), "utf8").toString("base64url");
}

/** Reads a cursor the caller got from an earlier export of the same dataset; BAD_USER_INPUT otherwise. */
export function decodeExportCursor(value: string, dataset: string): ExportCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const candidate = parsed as { v?: unknown; d?: unknown; s?: unknown } | undefined;
  if (
    !candidate ||
    candidate.v !== 1 ||
    typeof candidate.d !== "string" ||
    typeof candidate.s !== "string" ||
    !SNAPSHOT.test(candidate.s)
  ) {
    throw badUserInput("since", "cursor", "The cursor is not one an export returned; start with a full export (no since).");
  }
  if (candidate.d !== dataset) {
    throw badUserInput("since", "cursor_dataset", `The cursor belongs to dataset ${candidate.d}, not ${dataset}.`);
  }
  return { dataset: candidate.d, snapshot: candidate.s };
}
