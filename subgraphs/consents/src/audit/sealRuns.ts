import type { ConsentsDb } from "../data/db";
import { Prisma } from "../data/prisma/client";
import { STORED_LOG_ROW_COLUMNS, type LogRow } from "../access/accessLogStore";
import { readBatch, transactionsInFlight, type SealRow } from "../access/accessLogSealer";

/** What verify reads of each entry of a batch (from `access_log_with_context`): the entry, its context's fields and hash. */
export const VERIFIED_ENTRY_COLUMNS = Prisma.sql`${STORED_LOG_ROW_COLUMNS}, access_log.write_xid::text AS xid`;

/** An entry as verify reads it, with its context and its writing transaction, in the batch of the seal `seal_seq`. */
export type SealedEntryRow = LogRow & { seal_seq: string; xid: string };

/**
 * Most entries one run of consecutive seals is read with. A county seals every 500 ms through the
 * working day, a few dozen entries a seal. Read seal by seal, each seal cost statements planned and
 * run over every monthly partition: 1.3–1.5 ms a seal at four partitions, 20 ms at the 145 of twelve
 * years, days a year of log (docs/access.md, "A run after the checkpoint"). A seal claiming more than
 * this is read page by page, as the sealer reads it.
 */
export const RUN_ENTRIES = 5_000;

/** A seal's snapshot as numbers: what it saw as committed. */
interface Snapshot {
  xmin: bigint;
  xmax: bigint;
  inFlight: ReadonlySet<bigint>;
}

function snapshotOf(text: string): Snapshot {
  const inFlight = new Set(transactionsInFlight(text).map(BigInt)); // checks the text's form too
  const [xmin, xmax] = text.split(":");
  return { xmin: BigInt(xmin!), xmax: BigInt(xmax!), inFlight };
}

/** Whether `snapshot` saw transaction `xid` as committed (PostgreSQL's `pg_visible_in_snapshot`). */
function sees(snapshot: Snapshot, xid: bigint): boolean {
  return xid < snapshot.xmin || (xid < snapshot.xmax && !snapshot.inFlight.has(xid));
}

/**
 * The entries of a run of consecutive seals from `seals[0]`, each seal's batch in the batch's order
 * (the transactions in flight at the seal before, then those begun since; each by writing
 * transaction, then id). The run takes seals while their claimed entries add up to at most
 * `runEntries`, and at least the first; `seals` must be linked (verify reads a run only of seals whose
 * links it has checked). `previousSnapshot`: the snapshot of the seal before `seals[0]` (null: none).
 *
 * The run is read as one batch, the entries its last seal saw and the seal before it did not, by the
 * very reads of a seal's batch (`readBatch`: the transactions in flight at the seal before, then those
 * begun since, each a bounded index walk): each partition's index is entered twice a run, not twice a
 * seal.
 * Each entry then goes to the first seal of the run that saw its transaction (a later snapshot sees
 * all an earlier one saw), in the order read. In a batch, the transactions in flight at the seal
 * before all began before that seal's xmax and the others at or after it, so the batch's order is
 * simply by transaction, then id, as the two walks read (the first one's transactions all began
 * before the run's, the second's after). At most one entry more than the run claims in all is read,
 * and more than claimed shows as a changed batch.
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
    if (run.length > 0 && claimed + Math.max(seal.entries, 0) > runEntries) break;
    run.push(seal);
    claimed += Math.max(seal.entries, 0);
  }
  const found: SealedEntryRow[] = [];
  await readBatch(db, previousSnapshot, run[run.length - 1]!.snapshot, (row) => found.push(row as unknown as SealedEntryRow), {
    select: VERIFIED_ENTRY_COLUMNS,
    from: "access_log_with_context",
    limit: claimed + 1,
  });

  const snapshots = run.map((seal) => snapshotOf(seal.snapshot));
  const rows = new Map<string, SealedEntryRow[]>(run.map((seal) => [seal.seq, []]));
  for (const row of found) {
    const xid = BigInt(row.xid);
    // The first seal that saw it: the run's snapshots see more and more, so a binary search finds it.
    let low = 0;
    let high = snapshots.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sees(snapshots[middle]!, xid)) high = middle;
      else low = middle + 1;
    }
    row.seal_seq = run[low]!.seq;
    rows.get(row.seal_seq)!.push(row);
  }
  return rows;
}
