import type { ConsentsDb } from "../data/db";
import { SEAL_COLUMNS, sealOfRow, type SealRow } from "../access/accessLogSealer";
import { GENESIS_HASH, sealHash } from "../domain/accessLogHash";
import type { CheckpointHead, WholeWalkCursor } from "./checkpoint";
import { GENESIS, retiredMonths, verifyLegacyChain, walkSeals, type Break, type WalkStart } from "./verifyAccessLog";

/** What one slice did. */
export interface Slice {
  ok: true;
  /** Where the walk stands after it; null when it reached the checkpoint's seal (the walk is done). */
  cursor: WholeWalkCursor | null;
  /** When the walk began: the checkpoint's `wholeAt` once it is done. */
  began: string;
  /** Why a walk begun earlier began again from the first seal instead of going on. */
  restarted: "retired_month" | null;
  /** The seals this slice walked, the first and last of them ("0" for none) and the entries it checked. */
  seals: number;
  fromSeq: string;
  toSeq: string;
  checked: number;
  /** Entries the seals up to where it ended hold (the walk's count since the first seal). */
  entries: number;
  /** Entries of the first log, walked by the walk's first slice (0 in the others). */
  legacyEntries: number;
}

/**
 * One slice of a walk of the whole log spread over many runs: from where the last slice ended
 * (`cursor`; null: the walk begins, with the first log's closed chain) on to the checkpoint's seal,
 * for as long as `deadline` allows. It checks what a walk in one go checks (`verifyAccessLog`): every
 * link, every entry, every batch. A slice goes on only from the seal where the last one ended as it
 * was then (the hash kept in the signed checkpoint), and the next seal must link to it, so the walk
 * checks one unbroken chain from the first seal to the checkpoint's seal, whose hash the checkpoint
 * holds. A seal changed behind the walk (already walked) no longer links to the next one, which the
 * next walk finds (as the next weekly walk in one go would); re-chained from there on, it changes
 * the checkpoint's seal, which the next run finds; a seal removed or its count changed, the next run
 * finds too (`verifyAccessLogSince`). Each run's part after the checkpoint walks what was sealed since.
 *
 * A month retired while a walk is under way moves where the retired stretch ends, which the seals
 * walked so far were judged by: the walk begins again from the first seal.
 */
export async function walkWholeLogSlice(
  db: ConsentsDb,
  checkpoint: CheckpointHead,
  cursor: WholeWalkCursor | null,
  options: { deadline: number; now?: Date; runEntries?: number },
): Promise<Slice | Break> {
  const now = options.now ?? new Date();
  const retirement = await retiredMonths(db, now);
  if (!retirement.ok) return retirement;
  const retiredEnd = retirement.end?.toISOString() ?? null;
  const restarted: Slice["restarted"] = cursor !== null && cursor.retiredEnd !== retiredEnd ? "retired_month" : null;
  let walk = restarted ? null : cursor;
  let legacyEntries = 0;
  if (walk === null) {
    const legacy = await verifyLegacyChain(db);
    if (!legacy.ok) return legacy;
    legacyEntries = legacy.entries;
    walk = {
      began: now.toISOString(),
      seq: "0",
      hash: GENESIS_HASH,
      entries: 0,
      retired: 0,
      retiredEnd,
      inRetiredStretch: retiredEnd !== null,
    };
  }
  const start = await resumedStart(db, walk);
  if ("reason" in start) return start;
  const walked = await walkSeals(db, start, {
    retiredEnd: retirement.end,
    inRetiredStretch: walk.inRetiredStretch,
    checkpoint,
    runEntries: options.runEntries,
    untilSeq: checkpoint.seq,
    deadline: options.deadline,
  });
  if (!walked.ok) return walked;
  // Ended before the checkpoint's seal although not stopped by the clock: the seals end before it.
  if (walked.complete && !walked.checkpointSeen)
    return { ok: false, entries: walked.entries, seq: walked.head.seq, reason: "truncated" };
  const slice = {
    ok: true as const,
    began: walk.began,
    restarted,
    seals: walked.seals,
    fromSeq: walked.seals === 0 ? "0" : String(BigInt(start.afterSeq) + 1n),
    toSeq: walked.seals === 0 ? "0" : walked.head.seq,
    checked: walked.checked,
    entries: walked.entries,
    legacyEntries,
  };
  // The checkpoint's seal met as checkpointed (the deadline may have come with it): the walk is done.
  if (walked.checkpointSeen) return { ...slice, cursor: null };
  const next: WholeWalkCursor = {
    ...walk,
    seq: walked.head.seq,
    hash: walked.head.hash,
    entries: walked.entries,
    retired: walk.retired + walked.retired,
    inRetiredStretch: walked.inRetiredStretch,
  };
  return { ...slice, cursor: next };
}

/**
 * Where the slice goes on from: the seal where the last one ended, which must still be there with
 * the hash then kept, a hash its own fields and the hash it links to still give.
 */
async function resumedStart(db: ConsentsDb, walk: WholeWalkCursor): Promise<WalkStart | Break> {
  if (walk.seq === "0") return GENESIS;
  const [row] = await db.$queryRaw<SealRow[]>`
    SELECT ${SEAL_COLUMNS} FROM access_log_seal WHERE access_log_seal.seq = ${walk.seq}::bigint`;
  if (!row || row.hash !== walk.hash || sealHash(row.prev_hash, sealOfRow(row)) !== row.hash)
    return { ok: false, entries: walk.entries, seq: walk.seq, reason: "unlinked" };
  return { afterSeq: walk.seq, previous: row.hash, previousSnapshot: sealOfRow(row).snapshot, entries: walk.entries };
}
