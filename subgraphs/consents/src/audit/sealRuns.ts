import type { ConsentsDb } from "../data/db";
import { Prisma } from "../data/prisma/client";
import { STORED_LOG_ROW_COLUMNS, type LogRow } from "../access/accessLogStore";
import type { SealRow } from "../access/accessLogSealer";

/**
 * An entry as verify reads it, with its context, in the batch of the seal `seal_seq`: in its part
 * (0: of a transaction in flight at the previous seal, 1: begun since) by its writing transaction.
 */
export type SealedEntryRow = LogRow & { seal_seq: string; part: number; xid: string };

/**
 * Most entries one statement reads for a run of consecutive seals. A county seals every 500 ms
 * through the working day, a few dozen entries a seal: read seal by seal, each seal cost a statement
 * planned over every monthly partition (about 1.4 ms), some six hours a year of log (docs/access.md,
 * "A run after the checkpoint"). A seal claiming more than this is read page by page, as the sealer
 * reads it.
 */
export const RUN_ENTRIES = 5_000;

/**
 * The entries of a run of consecutive seals from `seals[0]`, each seal's batch in the batch's order
 * (the transactions in flight at the previous seal's snapshot, then those begun since; each by
 * writing transaction, then id), in one statement: the very parts `digestBatch` reads one seal at a
 * time (accessLogSealer.ts), here per seal in a lateral join. The run takes seals while their claimed
 * entries add up to at most `runEntries`, and at least the first. Of each seal at most one entry more
 * than it claims is read: enough to show that its batch changed, and no more, whatever was added.
 * `previousSnapshot`: the snapshot of the seal before `seals[0]` (null: none).
 */
export async function readSealRun(
  db: ConsentsDb,
  seals: readonly SealRow[],
  previousSnapshot: string | null,
  runEntries = RUN_ENTRIES,
): Promise<Map<string, SealedEntryRow[]>> {
  const run: SealRow[] = [];
  let claimed = 0;
  for (const seal of seals) {
    if (run.length > 0 && claimed + seal.entries > runEntries) break;
    run.push(seal);
    claimed += seal.entries;
  }
  const previous = [previousSnapshot, ...run.slice(0, -1).map((seal) => seal.snapshot)];
  const found = await db.$queryRaw<SealedEntryRow[]>`
    WITH seals AS (
      SELECT s.seq, s.snapshot::pg_snapshot AS snapshot, s.previous::pg_snapshot AS previous, s.claimed
        FROM unnest(${run.map((seal) => seal.seq)}::bigint[], ${run.map((seal) => seal.snapshot)}::text[],
                    ${previous}::text[], ${run.map((seal) => seal.entries)}::int[]) AS s(seq, snapshot, previous, claimed))
    SELECT seals.seq::text AS seal_seq, batch.*
      FROM seals CROSS JOIN LATERAL (
        SELECT * FROM (
          (SELECT 0 AS part, access_log.write_xid::text AS xid, ${STORED_LOG_ROW_COLUMNS}
             FROM access_log LEFT JOIN access_log_context
                    ON access_log_context.id = access_log.context_id AND access_log_context.at = access_log.at
            WHERE access_log.write_xid = ANY(ARRAY(SELECT pg_snapshot_xip(seals.previous)))
              AND pg_visible_in_snapshot(access_log.write_xid, seals.snapshot))
          UNION ALL
          (SELECT 1 AS part, access_log.write_xid::text AS xid, ${STORED_LOG_ROW_COLUMNS}
             FROM access_log LEFT JOIN access_log_context
                    ON access_log_context.id = access_log.context_id AND access_log_context.at = access_log.at
            WHERE access_log.write_xid >= coalesce(pg_snapshot_xmax(seals.previous), '0'::xid8)
              AND access_log.write_xid < pg_snapshot_xmax(seals.snapshot)
              AND pg_visible_in_snapshot(access_log.write_xid, seals.snapshot))
        ) AS parts
        -- Any one more than claimed shows a changed batch; which ones does not matter.
        LIMIT greatest(seals.claimed, 0) + 1
      ) AS batch`;
  const rows = new Map<string, SealedEntryRow[]>(run.map((seal) => [seal.seq, []]));
  for (const row of found) rows.get(row.seal_seq)!.push(row);
  // In the batch's order, sorted here: in the statement, a sort of each seal's entries by values
  // Prisma's raw path can read (no xid8) would sort text, not numbers.
  for (const batch of rows.values()) batch.sort(inBatchOrder);
  return rows;
}

/** Part, then writing transaction, then id; the numbers as PostgreSQL writes them (no sign, no leading zero). */
function inBatchOrder(a: SealedEntryRow, b: SealedEntryRow): number {
  return a.part - b.part || byNumber(a.xid, b.xid) || byNumber(a.id, b.id);
}

function byNumber(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
