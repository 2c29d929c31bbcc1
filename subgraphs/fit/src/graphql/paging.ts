import { assertUuid, badUserInput, decodeCursor, encodeCursor, LocalDate, pageSize } from "@silta/kernel";
import type { EpisodeKey, PagedSessionRow, SessionKey } from "../data/episodeStore";
import type { EpisodeRow, SessionRow } from "../data/rows";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A decoded cursor part is spliced into SQL as a parameter of a type: check it is one, else the same cursor error. */
function cursorPart(field: string, value: string | number | undefined, shape: RegExp): string {
  if (typeof value === "string" && shape.test(value) && LocalDate.parse(value.slice(0, 10)) !== null) return value;
  throw badUserInput(field, "cursor", `${field} is not a cursor this API gave out; pass a pageInfo.endCursor back unchanged.`);
}

export const episodePageSize = (first: number | null | undefined) => pageSize("first", first, 20, 100);
export const sessionPageSize = (first: number | null | undefined) => pageSize("first", first, 50, 200);

export function episodeKey(after: string | null | undefined): EpisodeKey | null {
  if (after === null || after === undefined) return null;
  const [day, id] = decodeCursor("after", after, 2);
  return [cursorPart("after", day, DAY), assertUuid("after", String(id))];
}

export function sessionKey(after: string | null | undefined): SessionKey | null {
  if (after === null || after === undefined) return null;
  const [day, recorded, id] = decodeCursor("after", after, 3);
  return [cursorPart("after", day, DAY), cursorPart("after", recorded, INSTANT), assertUuid("after", String(id))];
}

/** A connection from rows read one past the page: the extra row only says that another page follows. */
function connection<Row>(rows: readonly Row[], limit: number, cursorOf: (row: Row) => string) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? cursorOf(last) : null },
  };
}

export const episodeConnection = (rows: readonly EpisodeRow[], limit: number) =>
  connection(rows, limit, (row) => encodeCursor([row.startedOn, row.id]));

export const sessionConnection = (rows: readonly PagedSessionRow[], limit: number) =>
  connection<SessionRow & { createdAt: string }>(rows, limit, (row) => encodeCursor([row.heldOn, row.createdAt, row.id]));
