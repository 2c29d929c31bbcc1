import { LocalDate, readPrepared } from "@silta/kernel";
import DataLoader from "dataloader";
import { Prisma } from "./prisma/client";
import type { PrismaClient } from "./db";
import { professionalColumns, teamColumns, type ParentRow } from "./parentRows";

/**
 * The paged lists of clients the teams subgraph answers: a team's current clients, the clients a
 * professional is the current responsible worker of, and all a professional works with now
 * (responsible worker, or through a current team).
 */
export type ClientList = "teamClients" | "responsibleFor" | "professionalClients";

/** One window of one list: up to `size` client ids after `after`, by client id. */
export interface ClientWindow {
  list: ClientList;
  /** The team's or the professional's id. */
  parentId: string;
  after: string | null;
  size: number;
}

/** A window's client ids and, for a first window (no `after`), its parent's row (null: nobody has that id). */
export interface WindowRead {
  ids: string[];
  parent: ParentRow | null;
}

/**
 * Windows of client ids, visible or not (the caller filters): all windows asked in the same tick
 * are read with one statement per kind of list, however many teams or professionals ask. Each
 * window comes back as one row holding its ids joined by commas (a uuid has none): read as a row per
 * client, Prisma's and pg's per-row mapping made the teams subgraph's read of a 727-client window
 * cost about 2.2 ms of CPU, as one row of text 1.3 ms (a 79-client caseload 1.2 → 0.8 ms; issue 18).
 * A first window's row also holds its parent, the professional or team (`parentRows`), so that the
 * caseload and the area team page, which read both, send one statement, not two side by side (the
 * page's resolver takes its parent from here: `readParentWithFirstWindows`).
 * A hot read per kind of list: a constant text, prepared, sent over the pool (`readPrepared`, ADR 0015).
 */
export function clientWindowLoader(prisma: PrismaClient, today: LocalDate): DataLoader<ClientWindow, WindowRead, string> {
  return new DataLoader(
    async (windows) => {
      const answers = new Map<ClientWindow, WindowRead>();
      for (const list of new Set(windows.map((window) => window.list))) {
        const ofList = windows.filter((window) => window.list === list);
        const rows = await readPrepared<{ ord: number; ids: string | null; parent: string | null }>(
          prisma,
          Prisma.sql`/* prepared */
          SELECT w.ord::int AS ord, (
            SELECT string_agg(page.client_id::text, ',' ORDER BY page.client_id)
            FROM (
              SELECT candidate.client_id FROM (${candidates(list, today)}) AS candidate
              WHERE w.after_id IS NULL OR candidate.client_id > w.after_id
              ORDER BY candidate.client_id
              LIMIT w.size
            ) AS page
          ) AS ids,
          CASE WHEN w.after_id IS NULL THEN (${parentOf(list)}) END AS parent
          FROM unnest(${ofList.map((w) => w.parentId)}::uuid[], ${ofList.map((w) => w.after)}::uuid[], ${ofList.map((w) => w.size)}::int[])
            WITH ORDINALITY AS w(parent_id, after_id, size, ord)`,
        );
        for (const row of rows)
          answers.set(ofList[row.ord - 1]!, {
            ids: row.ids ? row.ids.split(",") : [],
            parent: row.parent === null ? null : (JSON.parse(row.parent) as ParentRow),
          });
      }
      return windows.map((window) => answers.get(window)!);
    },
    { cacheKeyFn: (window) => `${window.list}|${window.parentId}|${window.after ?? ""}|${window.size}` },
  );
}

/**
 * The row of the list's parent `w.parent_id` as JSON text (its columns under their model names, as
 * its loader reads them; text, as a read over the pool takes no jsonb: `assertReadAsPrisma`).
 */
function parentOf(list: ClientList): Prisma.Sql {
  return list === "teamClients"
    ? Prisma.sql`SELECT to_jsonb(parent)::text FROM (SELECT ${teamColumns} FROM team WHERE id = w.parent_id) AS parent`
    : Prisma.sql`SELECT to_jsonb(parent)::text FROM (SELECT ${professionalColumns} FROM professional WHERE id = w.parent_id) AS parent`;
}

/** The distinct client ids of one list of the parent `w.parent_id`, current on `today`. */
function candidates(list: ClientList, today: LocalDate): Prisma.Sql {
  const currentLink = Prisma.sql`link.since <= ${today}::date AND (link.until IS NULL OR link.until >= ${today}::date)`;
  // No DISTINCT: a client has one link to a team at most (team_client's key is (team_id, client_id)), so
  // the window is read along that key in client order; with DISTINCT the team's links were gathered and
  // sorted first (a window of 1,000 over a team of 727 current clients, 979 links: 0.78–1.99 → 0.54–0.98 ms).
  const teamClients = Prisma.sql`SELECT link.client_id FROM team_client AS link WHERE link.team_id = w.parent_id AND ${currentLink}`;
  const responsibleFor = Prisma.sql`SELECT assignment.client_id FROM responsible_worker AS assignment
    WHERE assignment.professional_id = w.parent_id AND assignment.is_current`;
  switch (list) {
    case "teamClients":
      return teamClients;
    case "responsibleFor":
      return responsibleFor;
    case "professionalClients":
      return Prisma.sql`${responsibleFor}
        UNION
        SELECT link.client_id FROM team_client AS link
        JOIN team_membership AS membership ON membership.team_id = link.team_id
        WHERE membership.professional_id = w.parent_id AND ${currentLink}
          AND membership.since <= ${today}::date AND (membership.until IS NULL OR membership.until >= ${today}::date)`;
  }
}
