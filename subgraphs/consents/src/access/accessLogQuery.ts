import { accessLogEntry, decodeCursor, encodeCursor, forbidden, pageSize, todayIn, type Sql, type Viewer } from "@silta/kernel";
import type { StoredLogEntry } from "../domain/accessLogHash";
import { clientViewerFacts } from "./accessFacts";
import { entryOfRow, type LogRow } from "./accessLogStore";
import type { AccessService } from "./AccessService";

/** The role that may read the access log of any client (tietosuojavastaava). */
export const DATA_PROTECTION_OFFICER = "data_protection_officer";
/** Act 703/2023: the client may ask who used their data in the last two years, by default. */
const DEFAULT_WINDOW_YEARS = 2;

export interface AccessLogPage {
  edges: { cursor: string; node: StoredLogEntry }[];
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
 */
export async function readAccessLog(
  deps: { sql: Sql; service: AccessService; timeZone: string },
  viewer: Viewer,
  query: AccessLogQuery,
  context: { requestId: string; source: string },
): Promise<AccessLogPage> {
  const first = pageSize("first", query.first, 50, 500);
  const after = query.after ? decodeCursor("after", query.after, 1) : null;
  const basis = await basisToReadLog(deps, viewer, query.clientId);
  await deps.service.log([
    accessLogEntry(
      viewer,
      { clientId: query.clientId, category: "access_log", action: "read" },
      { allowed: basis !== null, basis: basis ?? "not_own_data" },
      context,
      new Date().toISOString(),
    ),
  ]);
  if (!basis)
    throw forbidden("Only the client, their guardian or a data protection officer may read this access log.", {
      category: "access_log",
    });

  const to = query.to ?? new Date();
  const from = query.from ?? yearsBefore(to, DEFAULT_WINDOW_YEARS);
  const rows = await deps.sql.query<LogRow>(
    `SELECT * FROM access_log
      WHERE client_id = $1 AND at >= $2 AND at < $3 AND ($4::bigint IS NULL OR seq < $4::bigint)
      ORDER BY seq DESC LIMIT $5`,
    [query.clientId, from.toISOString(), to.toISOString(), after ? String(after[0]) : null, first + 1],
  );
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor([String(row.seq)]), node: entryOfRow(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges[edges.length - 1]?.cursor ?? null } };
}

async function basisToReadLog(deps: { sql: Sql; timeZone: string }, viewer: Viewer, clientId: string): Promise<string | null> {
  if (viewer.kind === "client") {
    if (viewer.id === clientId) return "self";
    const facts = await clientViewerFacts(deps.sql, viewer.id, [clientId], todayIn(deps.timeZone));
    return facts.wards.has(clientId) ? "guardian" : null;
  }
  if (viewer.kind === "professional" && viewer.roles.includes(DATA_PROTECTION_OFFICER)) return DATA_PROTECTION_OFFICER;
  return null;
}

function yearsBefore(instant: Date, years: number): Date {
  const shifted = new Date(instant);
  shifted.setUTCFullYear(shifted.getUTCFullYear() - years);
  return shifted;
}
