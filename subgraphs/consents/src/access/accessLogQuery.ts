import { ACCESS_LOG_CATEGORY, badUserInput, decodeCursor, encodeCursor, pageSize, type AccessGuard } from "@silta/kernel";
import type { ConsentsDb } from "../data/db";
import type { LegacyLogEntry } from "../domain/accessLogHash";
import { entryOfRow, legacyEntryOfRow, LOG_ROW_COLUMNS, type LegacyRow, type LogRow } from "./accessLogStore";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Act 703/2023: the client may ask who used their data in the last two years, by default. */
const DEFAULT_WINDOW_YEARS = 2;

/**
 * One category of one entry, as the API shows it: an entry holds every category decided for the
 * client in one batch, and the client sees each category with its own action, outcome and basis.
 */
export type AccessLogNode = LegacyLogEntry;

export interface AccessLogPage {
  edges: { cursor: string; node: AccessLogNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface AccessLogQuery {
  clientId: string;
  from?: Date | null;
  to?: Date | null;
  first?: number | null;
  after?: string | null;
}

/**
 * A client's access log: the client themself, their guardian, or a data protection officer may read
 * it, and the reading is logged (category `access_log`) before anything is returned, allowed or not.
 * Newest first, one node per category of each entry; a cursor names the entry and the category's
 * place in it. After the entries come the rows of the first log (access_log_v1, one per category),
 * all older than any entry.
 */
export async function readAccessLog(
  deps: { prisma: ConsentsDb; access: AccessGuard },
  query: AccessLogQuery,
): Promise<AccessLogPage> {
  const first = pageSize("first", query.first, 50, 500);
  const after = query.after ? cursorPosition(query.after) : null;
  // The rule of the log (the client, their guardian, a data protection officer) is decided and logged
  // by the guard like any read, once per request: the @clientData rule of each entry's fields then
  // asks the same question of the guard's answer, not of the log again.
  await deps.access.assert(query.clientId, ACCESS_LOG_CATEGORY);

  const to = query.to ?? new Date();
  const from = query.from ?? yearsBefore(to, DEFAULT_WINDOW_YEARS);
  const [fromAt, toAt] = [from.toISOString(), to.toISOString()];
  // The person's log: their own entries and those written against a duplicate registration of theirs
  // before it was merged into them (kept as written, naming the duplicate's id).
  const clientIds = [query.clientId, ...(await mergedInto(deps.prisma, query.clientId))];
  const edges: AccessLogPage["edges"] = [];
  if (after?.log !== "v1") {
    // Each entry gives one node or more: first + 1 entries give at least first + 1 nodes.
    const afterId = after?.id ?? null;
    // The view gives every entry its context's fields, whichever format it was written in.
    const rows = await deps.prisma.$queryRaw<LogRow[]>`
      SELECT ${LOG_ROW_COLUMNS}
        FROM access_log_entries
       WHERE client_id = ANY(${clientIds}::text[]) AND at >= ${fromAt}::timestamptz AND at < ${toAt}::timestamptz
         AND (${afterId}::bigint IS NULL OR id <= ${afterId}::bigint)
       ORDER BY access_log_entries.id DESC LIMIT ${first + 1}`;
    for (const row of rows) {
      const entry = entryOfRow(row);
      entry.items.forEach((item, index) => {
        if (after && row.id === after.id && index <= after.index) return;
        const { items: _items, ...fields } = entry;
        edges.push({ cursor: encodeCursor(["log", row.id, index]), node: asPersons({ ...fields, ...item }, query.clientId) });
      });
    }
  }
  if (edges.length <= first) {
    const beforeSeq = after?.log === "v1" ? after.id : null;
    const rows = await deps.prisma.$queryRaw<LegacyRow[]>`
      SELECT * FROM access_log_v1
       WHERE client_id = ANY(${clientIds}::text[]) AND at >= ${fromAt}::timestamptz AND at < ${toAt}::timestamptz
         AND (${beforeSeq}::bigint IS NULL OR seq < ${beforeSeq}::bigint)
       ORDER BY access_log_v1.seq DESC LIMIT ${first + 1 - edges.length}`;
    for (const row of rows)
      edges.push({ cursor: encodeCursor(["v1", String(row.seq), 0]), node: asPersons(legacyEntryOfRow(row), query.clientId) });
  }
  const page = edges.slice(0, first);
  return { edges: page, pageInfo: { hasNextPage: edges.length > first, endCursor: page[page.length - 1]?.cursor ?? null } };
}

/** Which log, entry id (or first log's seq) and category index a cursor of this query names. */
function cursorPosition(cursor: string): { log: "log" | "v1"; id: string; index: number } {
  const [log, id, index] = decodeCursor("after", cursor, 3);
  if (
    (log !== "log" && log !== "v1") ||
    typeof id !== "string" ||
    !/^[0-9]{1,18}$/.test(id) ||
    typeof index !== "number" ||
    !Number.isInteger(index) ||
    index < 0
  ) {
    throw badUserInput("after", "cursor", "after is not a cursor this API gave out; pass a pageInfo.endCursor back unchanged.");
  }
  return { log, id, index };
}

function yearsBefore(instant: Date, years: number): Date {
  const shifted = new Date(instant);
  shifted.setUTCFullYear(shifted.getUTCFullYear() - years);
  return shifted;
}

/**
 * An entry as part of the person's log: the fields' rule (`@clientData(category: access_log)`) asks
 * about the person whose log was decided, also for an entry written against a merged duplicate's id.
 */
function asPersons(node: AccessLogNode, clientId: string): AccessLogNode {
  return node.clientId === clientId ? node : { ...node, clientId };
}

/** The ids of the duplicate registrations merged into the client (the projection's `client.merged`). */
async function mergedInto(prisma: ConsentsDb, clientId: string): Promise<string[]> {
  // The log also holds refusals of ids that are no UUID; nothing was ever merged into those.
  if (!UUID.test(clientId)) return [];
  const rows = await prisma.accessClient.findMany({ where: { mergedInto: clientId }, select: { clientId: true } });
  return rows.map((row) => row.clientId);
}
