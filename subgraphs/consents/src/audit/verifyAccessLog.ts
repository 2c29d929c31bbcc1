import type { ConsentsDb } from "../data/db";
import { Prisma } from "../data/prisma/client";
import { entryOfRow, legacyEntryOfRow, type LegacyRow, type LogRow } from "../access/accessLogStore";
import { digestBatch, SEAL_COLUMNS, sealOfRow, transactionsInFlight, type SealRow } from "../access/accessLogSealer";
import {
  BatchDigest,
  contextEntryHash,
  contextHash,
  entryHash,
  GENESIS_HASH,
  legacyChainHash,
  sealHash,
} from "../domain/accessLogHash";
import { readSealRun, RUN_ENTRIES, VERIFIED_ENTRY_COLUMNS, type SealedEntryRow } from "./sealRuns";
import type { CheckpointHead } from "./checkpoint";
import { ACCESS_LOG_RETENTION_YEARS, retentionHorizon } from "./retireAccessLog";

/**
 * Seals around the end of the retired months hold entries of both sides (sealed seconds apart, or
 * longer when the sealer was down): a seal whose entries left are all within this long after the
 * last retired month may miss entries. Past it, every seal must match its entries exactly.
 */
const RETIREMENT_SLACK_MS = 31 * 86_400_000;

/** The last seal of the chain as verified. */
export interface LogHead {
  seq: string;
  hash: string;
}

/** Default bound on how long an entry may stay unsealed before verify reports it. */
export const DEFAULT_UNSEALED_BOUND_MS = 2_000;

export type VerifyResult =
  | {
      ok: true;
      /** Entries the seals up to the head hold (since the chain began, also for a run after a checkpoint). */
      entries: number;
      /** Entries read and checked by this run: all of them, or those sealed after the checkpoint. */
      checked: number;
      /** Seals walked by this run. */
      seals: number;
      unsealed: number;
      legacyEntries: number;
      /** Entries of retired months (`npm run audit:retire`), sealed but no longer in the log. */
      retired: number;
      head: LogHead;
    }
  | {
      ok: false;
      /** Entries checked up to the break (for `unsealed`: the sealed entries, all intact). */
      entries: number;
      /**
       * The seal where the break is (for `altered`, `context_altered` and `context_missing`: the entry's id; for `truncated`: the last seal
       * there is, "0" for none; for `unsealed`: the id of the oldest unsealed entry; for the
       * `legacy_` reasons: the first log's seq).
       */
      seq: string;
      /**
       * `altered`: an entry no longer matches its hash (for an entry with a context: the context's
       * stored hash and the entry's own fields; so also an entry moved to another context, or a
       * context whose hash was recomputed after an edit); `context_altered`: the context of an
       * entry no longer matches its own hash (edited); `context_missing`: an entry's context is gone
       * (deleted); `batch_changed`: the entries of a seal are
       * not the ones sealed (one removed, added, moved or reordered); `unlinked`: a seal before this
       * one was removed, altered or replaced; `truncated`: the seals end before the checkpoint's seal
       * (the newest are gone); `diverged`: the checkpoint's seal is there but is not the one
       * checkpointed (rewritten and re-chained); `retired_early`: a month is recorded as retired
       * that the law still requires (seq: its first day); `unsealed`: entries stayed unsealed longer than the
       * bound (the sealer is not running, or entries were slipped in below a seal's range later);
       * `legacy_altered` / `legacy_unlinked`: the same for the first log's closed chain.
       */
      reason:
        | "altered"
        | "context_altered"
        | "context_missing"
        | "batch_changed"
        | "unlinked"
        | "truncated"
        | "diverged"
        | "retired_early"
        | "unsealed"
        | "legacy_altered"
        | "legacy_unlinked";
      /** For `unsealed`: how many, and when the oldest was written. */
      unsealed?: { count: number; oldestAt: string };
    };

const PAGE = 1_000;

/**
 * What is wrong with one entry read with its context, or null. An entry written before contexts
 * (none) must give its hash from its own fields; one with a context, from the context's stored hash
 * and its own fields, and the context must give its stored hash from its fields.
 */
function entryBreak(row: LogRow): "altered" | "context_altered" | "context_missing" | null {
  const entry = entryOfRow(row);
  if (row.context_id === null || row.context_id === undefined) return entryHash(entry) === row.hash ? null : "altered";
  if (row.context_hash === null || row.context_hash === undefined) return "context_missing";
  if (contextHash(entry) !== row.context_hash) return "context_altered";
  return contextEntryHash(row.context_hash, entry) === row.hash ? null : "altered";
}

export interface VerifyOptions {
  /** An anchor of the chain of seals kept outside the database. */
  checkpoint?: CheckpointHead | null;
  /** How long an entry may stay unsealed (ms); default 2,000. */
  unsealedBoundMs?: number;
  now?: Date;
  /** Most entries a run of small seals is read with ({@link RUN_ENTRIES}); a larger seal is read page by page. */
  runEntries?: number;
}

/**
 * The seals of `page` from `index` on as far as each links to the one before (the first to
 * `previous`, the hash before it): numbered on, pointing at the hash before, and giving its own hash.
 */
function linkedFrom(page: readonly SealRow[], index: number, previous: string): SealRow[] {
  const linked: SealRow[] = [];
  let hash = previous;
  for (const row of page.slice(index)) {
    const seal = sealOfRow(row);
    const numbered = linked.length === 0 || BigInt(seal.seq) === BigInt(linked[linked.length - 1]!.seq) + 1n;
    if (!numbered || row.prev_hash !== hash || sealHash(hash, seal) !== row.hash) break;
    linked.push(row);
    hash = row.hash;
  }
  return linked;
}

/** A batch's digest over entries already read, in the batch's order, each passed to `each` first. */
function digestOfRows(rows: readonly SealedEntryRow[], each: (row: { id: string; hash: string }) => void): BatchDigest {
  const digest = new BatchDigest();
  for (const row of rows) {
    each(row);
    digest.add(row.id, row.hash);
  }
  return digest;
}

/**
 * Checks the access log. Walks the seals in order and recomputes each link, sha256(previous seal's
 * hash ‖ seal); for each seal, recomputes every entry's hash from its content and the batch digest
 * over the entries found in the seal's range. An edited entry fails its own hash; a removed, added
 * or reordered entry changes the batch digest; a removed or edited seal breaks the link after it.
 * With a checkpoint it also finds the removal of the newest seals (and their entries), which leaves
 * a valid but shorter chain. Entries not yet sealed pass while younger than the bound. Also walks
 * the first log's closed chain (access_log_v1). Reads page by page: memory stays flat.
 *
 * Retired months (`access_log_retirement`) must be older than the retention period. The seals from
 * the start of the chain up to the first one holding an entry more than RETIREMENT_SLACK_MS past the
 * last retired month may miss entries (theirs were retired); their links and the entries left are
 * still checked. Every later seal must match its entries exactly.
 */
export async function verifyAccessLog(db: ConsentsDb, options: VerifyOptions = {}): Promise<VerifyResult> {
  const { checkpoint } = options;
  const legacy = await verifyLegacyChain(db);
  if (!legacy.ok) return legacy;
  const retirement = await retiredMonths(db, options.now ?? new Date());
  if (!retirement.ok) return retirement;
  const walked = await walkSeals(db, GENESIS, { retiredEnd: retirement.end, checkpoint, runEntries: options.runEntries });
  if (!walked.ok) return walked;
  if (checkpoint && !walked.checkpointSeen)
    return { ok: false, entries: walked.entries, seq: walked.head.seq, reason: "truncated" };
  return finish(db, walked, legacy.entries, options);
}

/**
 * {@link verifyAccessLog} of what was sealed after `checkpoint`, for runs often enough to find a
 * deletion within the hour at county scale, where walking the whole log takes hours. The
 * checkpoint's seal must still be there as it was checkpointed (its hash, recomputed from its
 * fields, the checkpointed one; linked to the seal before it; as many seals and entries up to it as
 * then); every seal after it is walked exactly as the whole log's are, and the unsealed entries
 * checked the same way. What it leaves to the whole walk: the entries sealed up to the checkpoint,
 * which the run that wrote it checked, and the first log's closed chain. An entry edited, or a seal
 * before the checkpoint edited together with the entries under it, shows only in a run of the whole
 * log (docs/access.md, "A run after the checkpoint"). A checkpoint is made after the retention
 * horizon's retired stretch, so every seal after it must match its entries exactly.
 */
export async function verifyAccessLogSince(
  db: ConsentsDb,
  checkpoint: CheckpointHead,
  options: Omit<VerifyOptions, "checkpoint"> = {},
): Promise<VerifyResult> {
  const retirement = await retiredMonths(db, options.now ?? new Date());
  if (!retirement.ok) return retirement;
  const start = await checkpointedStart(db, checkpoint);
  if ("reason" in start) return start;
  const walked = await walkSeals(db, start, { runEntries: options.runEntries });
  if (!walked.ok) return walked;
  return finish(db, walked, 0, options);
}

/** Where a walk of the seals starts: after this seal, whose hash and snapshot the next one follows. */
export interface WalkStart {
  afterSeq: string;
  previous: string;
  previousSnapshot: string | null;
  /** Entries the seals up to it hold. */
  entries: number;
}

export const GENESIS: WalkStart = { afterSeq: "0", previous: GENESIS_HASH, previousSnapshot: null, entries: 0 };

export type Break = Extract<VerifyResult, { ok: false }>;

export interface Walked {
  ok: true;
  entries: number;
  checked: number;
  seals: number;
  retired: number;
  head: LogHead;
  headSnapshot: string | null;
  checkpointSeen: boolean;
  /** Whether the walk ended still within the seals of retired months (which may miss entries). */
  inRetiredStretch: boolean;
  /** False when the walk stopped at its deadline before the last seal (or `untilSeq`). */
  complete: boolean;
}

export interface WalkOptions {
  /** The end of the last retired month (null: none retired). */
  retiredEnd?: Date | null;
  /** Whether the walk starts within the retired months' seals; by default, when any month is retired. */
  inRetiredStretch?: boolean;
  /** The seal it names must be met as it was checkpointed. */
  checkpoint?: CheckpointHead | null;
  runEntries?: number;
  /** The last seal to walk (null: the last there is). */
  untilSeq?: string | null;
  /** When to stop (`Date.now()`), after the seal being checked then. */
  deadline?: number;
}

/**
 * The seals up to `seq` (how many, and their entries) and the first and last of all: one pass over
 * every seal on each run after a checkpoint, read from the primary key's index alone (it holds each
 * seal's `entries` beside its number), not from the seals' rows.
 */
export function sealTotals(seq: string): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*) FILTER (WHERE seq <= ${seq}::bigint)::text AS seals, min(seq)::text AS first,
           coalesce(sum(entries) FILTER (WHERE seq <= ${seq}::bigint), 0)::text AS entries,
           max(seq)::text AS last
      FROM access_log_seal`;
}

/**
 * The checkpoint's seal as the start of a walk, after checking it is the one checkpointed: there,
 * with the checkpointed hash, which its fields and the hash it links to still give; that previous
 * seal there with that hash; and as many seals (numbered from 1, no gap) and entries up to it as the
 * checkpoint counted. The counts cost one aggregate over the seals, none over the entries.
 */
async function checkpointedStart(db: ConsentsDb, checkpoint: CheckpointHead): Promise<WalkStart | Break> {
  if (checkpoint.seq === "0") return GENESIS;
  const [row] = await db.$queryRaw<SealRow[]>`
    SELECT ${SEAL_COLUMNS} FROM access_log_seal WHERE access_log_seal.seq = ${checkpoint.seq}::bigint`;
  const [totals] = await db.$queryRaw<{ seals: string; first: string | null; entries: string; last: string | null }[]>(
    sealTotals(checkpoint.seq),
  );
  if (!row) {
    const last = totals?.last ?? "0";
    if (BigInt(last) < BigInt(checkpoint.seq))
      return { ok: false, entries: Number(totals?.entries ?? 0), seq: last, reason: "truncated" };
    return { ok: false, entries: 0, seq: checkpoint.seq, reason: "unlinked" };
  }
  const seal = sealOfRow(row);
  if (row.hash !== checkpoint.hash || sealHash(row.prev_hash, seal) !== row.hash)
    return { ok: false, entries: 0, seq: checkpoint.seq, reason: "diverged" };
  const previousSeq = BigInt(checkpoint.seq) - 1n;
  const [before] =
    previousSeq === 0n
      ? [{ hash: GENESIS_HASH }]
      : await db.$queryRaw<{ hash: string }[]>`SELECT hash FROM access_log_seal WHERE seq = ${String(previousSeq)}::bigint`;
  // A seal before it removed, renumbered, replaced or given another count: what only a walk of the
  // whole log could otherwise show, found here from the seals alone (numbered from 1 and as many as
  // the checkpoint's number: 1 to it with no gap).
  if (
    !before ||
    before.hash !== row.prev_hash ||
    totals!.first !== "1" ||
    totals!.seals !== checkpoint.seq ||
    Number(totals!.entries) !== checkpoint.entries
  )
    return { ok: false, entries: 0, seq: checkpoint.seq, reason: "unlinked" };
  return { afterSeq: checkpoint.seq, previous: row.hash, previousSnapshot: seal.snapshot, entries: checkpoint.entries };
}

/**
 * Walks the seals after `start` in order: recomputes each link, sha256(previous seal's hash ‖ seal),
 * every entry's hash from its content, and each batch's digest over the entries found in the seal's
 * range. Seals up to the first one holding an entry well past `retiredEnd` may miss entries (retired
 * ones), never have more. With a checkpoint, the seal it names must be met as it was checkpointed.
 * A slice of a walk in slices ends at `untilSeq`, or at the first seal finished past `deadline`.
 */
export async function walkSeals(db: ConsentsDb, start: WalkStart, options: WalkOptions = {}): Promise<Walked | Break> {
  const { retiredEnd = null, checkpoint, runEntries = RUN_ENTRIES, untilSeq = null, deadline = Infinity } = options;
  // Seals of the retired months come first in the chain; the first seal with an entry well past them ends that stretch.
  let inRetiredStretch = options.inRetiredStretch ?? retiredEnd !== null;
  let retired = 0;
  const until = untilSeq === null ? Prisma.empty : Prisma.sql`AND access_log_seal.seq <= ${untilSeq}::bigint`;
  let { previous, previousSnapshot, afterSeq, entries } = start;
  let checked = 0;
  let seals = 0;
  let checkpointSeen = !checkpoint || checkpoint.seq === "0";
  for (;;) {
    const page = await db.$queryRaw<SealRow[]>`
      SELECT ${SEAL_COLUMNS} FROM access_log_seal WHERE access_log_seal.seq > ${afterSeq}::bigint ${until} ORDER BY access_log_seal.seq LIMIT ${PAGE}`;
    // The entries of a run of small seals, read together when the walk reaches its first.
    let run = new Map<string, SealedEntryRow[]>();
    for (const [index, row] of page.entries()) {
      const seal = sealOfRow(row);
      const expectedSeq = String(BigInt(afterSeq) + 1n);
      if (seal.seq !== expectedSeq || row.prev_hash !== previous) {
        return { ok: false, entries, seq: seal.seq, reason: "unlinked" };
      }
      if (sealHash(previous, seal) !== row.hash) return { ok: false, entries, seq: seal.seq, reason: "unlinked" };
      let broken: { id: string; reason: "altered" | "context_altered" | "context_missing" } | null = null;
      let pastRetired = false;
      const check = (entry: { id: string; hash: string }) => {
        // The digest takes the stored hash; the entry's own content (and its context's) must still give that hash.
        if (broken === null) {
          const reason = entryBreak(entry as unknown as LogRow);
          if (reason !== null) broken = { id: entry.id, reason };
        }
        if (
          retiredEnd !== null &&
          new Date((entry as unknown as LogRow).at).getTime() >= retiredEnd.getTime() + RETIREMENT_SLACK_MS
        )
          pastRetired = true;
      };
      if (!run.has(seal.seq) && row.entries <= runEntries) {
        // A run of this seal and the linked ones after it: a seal that does not link is where the walk stops.
        run = await readSealRun(db, linkedFrom(page, index, previous), previousSnapshot, runEntries);
      }
      const ofRun = run.get(seal.seq);
      const digest = ofRun
        ? digestOfRows(ofRun, check)
        : await digestBatch(db, previousSnapshot, seal.snapshot, check, VERIFIED_ENTRY_COLUMNS, "access_log_with_context");
      // TypeScript does not see the callback assign `broken`, and would narrow it to null here.
      const found = broken as { id: string; reason: "altered" | "context_altered" | "context_missing" } | null;
      if (found !== null) return { ok: false, entries, seq: found.id, reason: found.reason };
      if (pastRetired) inRetiredStretch = false;
      if (digest.entries !== seal.entries || digest.digest() !== seal.root) {
        // Within the retired stretch a seal may miss entries (retired ones), never have more.
        if (!inRetiredStretch || digest.entries >= seal.entries) {
          return { ok: false, entries, seq: seal.seq, reason: "batch_changed" };
        }
        retired += seal.entries - digest.entries;
      }
      entries += seal.entries;
      checked += digest.entries;
      seals += 1;
      if (checkpoint && !checkpointSeen && BigInt(seal.seq) >= BigInt(checkpoint.seq)) {
        if (seal.seq !== checkpoint.seq || row.hash !== checkpoint.hash || entries !== checkpoint.entries) {
          return { ok: false, entries, seq: seal.seq, reason: "diverged" };
        }
        checkpointSeen = true;
      }
      previous = row.hash;
      previousSnapshot = seal.snapshot;
      afterSeq = seal.seq;
      // Out of time: stop after a whole seal, having walked one at least, for the next slice to go on from.
      if (Date.now() >= deadline) return walkedTo(false);
    }
    if (page.length < PAGE) break;
  }
  return walkedTo(true);

  function walkedTo(complete: boolean): Walked {
    const head = { seq: afterSeq, hash: previous };
    return {
      ok: true,
      entries,
      checked,
      seals,
      retired,
      head,
      headSnapshot: previousSnapshot,
      checkpointSeen,
      inRetiredStretch,
      complete,
    };
  }
}

/** The walk's result once no entry has stayed unsealed longer than the bound. */
async function finish(
  db: ConsentsDb,
  walked: Walked,
  legacyEntries: number,
  options: Omit<VerifyOptions, "checkpoint">,
): Promise<VerifyResult> {
  // Unsealed: written by a transaction the last seal's snapshot did not see as committed. (An entry
  // slipped in later under a transaction an older seal saw would have changed that seal's batch.)
  // The two kinds of transaction read apart, each by the index, as a seal reads its batch (accessLogSealer.ts).
  const last = walked.headSnapshot;
  const bound = new Date((options.now ?? new Date()).getTime() - (options.unsealedBoundMs ?? DEFAULT_UNSEALED_BOUND_MS));
  const boundAt = bound.toISOString();
  const [pending] = await db.$queryRaw<{ count: string; old: string; oldest_id: string | null; oldest_at: Date | null }[]>`
    SELECT count(*)::text AS count, count(*) FILTER (WHERE at < ${boundAt}::timestamptz)::text AS old,
           (array_agg(id::text ORDER BY at, id) FILTER (WHERE at < ${boundAt}::timestamptz))[1] AS oldest_id,
           min(at) FILTER (WHERE at < ${boundAt}::timestamptz) AS oldest_at
      FROM (SELECT id, at FROM access_log WHERE write_xid = ANY(${transactionsInFlight(last)}::xid8[])
            UNION ALL
            SELECT id, at FROM access_log
             WHERE write_xid >= coalesce(pg_snapshot_xmax(${last}::pg_snapshot), '0'::xid8)) AS access_log`;
  if (Number(pending!.old) > 0) {
    return {
      ok: false,
      entries: walked.entries,
      seq: pending!.oldest_id!,
      reason: "unsealed",
      unsealed: { count: Number(pending!.old), oldestAt: new Date(pending!.oldest_at!).toISOString() },
    };
  }
  return {
    ok: true,
    entries: walked.entries,
    checked: walked.checked,
    seals: walked.seals,
    unsealed: Number(pending!.count),
    legacyEntries,
    retired: walked.retired,
    head: walked.head,
  };
}

/**
 * The end of the last retired month (null: none retired), after checking that every retired month
 * was old enough to retire: a retirement recorded early (by hand, or forged) would otherwise excuse
 * missing entries of months the law still requires.
 */
export async function retiredMonths(
  db: ConsentsDb,
  now: Date,
): Promise<{ ok: true; end: Date | null } | Extract<VerifyResult, { ok: false }>> {
  const months = await db.$queryRaw<{ month: string }[]>`
    SELECT to_char(month, 'YYYY-MM-DD') AS month FROM access_log_retirement ORDER BY month`;
  const horizon = retentionHorizon(now, ACCESS_LOG_RETENTION_YEARS);
  let end: Date | null = null;
  for (const { month } of months) {
    const start = new Date(`${month}T00:00:00Z`);
    const monthEnd = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    if (monthEnd.getTime() > horizon.getTime()) return { ok: false, entries: 0, seq: month, reason: "retired_early" };
    end = monthEnd;
  }
  return { ok: true, end };
}

/** The first log's chain (closed when the log moved to sealed batches), row by row as before. */
export async function verifyLegacyChain(
  db: ConsentsDb,
): Promise<{ ok: true; entries: number } | Extract<VerifyResult, { ok: false }>> {
  let previous = GENESIS_HASH;
  let after = "0";
  let entries = 0;
  for (;;) {
    const rows = await db.$queryRaw<
      LegacyRow[]
    >`SELECT * FROM access_log_v1 WHERE seq > ${after}::bigint ORDER BY seq LIMIT 5000`;
    for (const row of rows) {
      entries += 1;
      const seq = String(row.seq);
      if (row.prev_hash !== previous) return { ok: false, entries, seq, reason: "legacy_unlinked" };
      if (legacyChainHash(previous, legacyEntryOfRow(row)) !== row.hash) {
        return { ok: false, entries, seq, reason: "legacy_altered" };
      }
      previous = row.hash;
      after = seq;
    }
    if (rows.length < 5000) return { ok: true, entries };
  }
}
