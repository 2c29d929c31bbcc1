import type { Logger } from "@silta/kernel";
import type { ConsentsDb, PrismaClient } from "../data/db";
import { Prisma } from "../data/prisma/client";
import { BatchDigest, GENESIS_HASH, sealHash, type Seal } from "../domain/accessLogHash";
import type { AccessMetrics } from "./accessMetrics";

/**
 * Held by the sealer only (never by a request), so replicas seal one at a time: the (int, int) form
 * keyed by schema, so consents schemas sharing a database (tests, staging beside production) do not
 * wait for each other's sealer.
 */
export const SEAL_LOCK = Prisma.sql`731524, hashtext(current_schema())`;
/** Entries read per statement while digesting a batch. */
const PAGE = 5_000;
/**
 * A seal's transaction: it may wait for another replica's seal (`wait`) and digest a large batch
 * after an outage, so it gets more than Prisma's defaults (2 s to start, 5 s to finish).
 */
export const SEAL_TRANSACTION = { maxWait: 30_000, timeout: 300_000 } as const;
/** Default pause between two seals; verify's default bound on unsealed entries is larger (2 s). */
export const DEFAULT_SEAL_INTERVAL_MS = 500;

export interface SealRow {
  seq: string;
  snapshot: string;
  entries: number;
  root: string;
  prev_hash: string;
  hash: string;
  sealed_at: Date;
}

export const sealOfRow = (row: SealRow): Seal => ({
  seq: String(row.seq),
  snapshot: row.snapshot,
  entries: Number(row.entries),
  root: row.root,
});

/** Aliases shadow columns in ORDER BY: order by the qualified column (access_log_seal.seq), never by `seq` (text). */
export const SEAL_COLUMNS = Prisma.sql`seq::text AS seq, snapshot, entries, root, prev_hash, hash, sealed_at`;

/**
 * Where a batch's entries are read from (`from`), and the table its conditions name (`table`): the
 * entries alone, or each with its context (the join the view `access_log_entries` makes, without the
 * view's expansion of the items, which verify does not need).
 */
const BATCH_SOURCES = {
  access_log: { from: Prisma.sql`access_log`, table: Prisma.sql`access_log` },
  access_log_with_context: {
    from: Prisma.sql`access_log LEFT JOIN access_log_context
                       ON access_log_context.id = access_log.context_id AND access_log_context.at = access_log.at`,
    table: Prisma.sql`access_log`,
  },
} as const;
/** What the seal digests of each entry. */
const DIGEST_COLUMNS = Prisma.sql`id::text AS id, hash, write_xid::text AS xid`;

/** The mark of a named statement (kernel/src/db/preparedStatements.ts), for the sealer's reads. */
const SEALER_READ_MARK = Prisma.sql`/* prepared */ `;

/** Where a page of a batch starts: after this entry in the batch's order (writing transaction, then id). */
interface BatchPosition {
  xid: string;
  id: string;
}

/**
 * The two parts of a batch, in the batch's order: the entries of transactions still running at the
 * previous seal's snapshot (its xip list, usually empty or a handful, every one below that
 * snapshot's xmax), then those of transactions that started after it (xid from that xmax up to this
 * snapshot's).
 */
type BatchPart = "inFlightAtPrevious" | "startedSince";

/** `xmin:xmax:xip_list`, PostgreSQL's text for a `pg_snapshot` (the list comma-separated, maybe empty). */
const SNAPSHOT_TEXT = /^(\d+):(\d+):((?:\d+(?:,\d+)*)?)$/;

/**
 * The transactions still running when a seal's snapshot was taken (its xip list), as xids in text;
 * none for no snapshot (before the first seal). A snapshot that is not PostgreSQL's text is refused,
 * as its cast in a statement would be.
 */
export function transactionsInFlight(snapshot: string | null): string[] {
  if (snapshot === null) return [];
  const parts = SNAPSHOT_TEXT.exec(snapshot);
  if (!parts) throw new Error(`Not a pg_snapshot: ${JSON.stringify(snapshot.slice(0, 100))}`);
  return parts[3] ? parts[3].split(",") : [];
}

/**
 * One page of one part of a batch: the entries written by a transaction visible in the seal's
 * snapshot and not in the previous seal's (null: none before), in the batch's order (writing
 * transaction, then id). Each part is read along `(write_xid, id)` by itself, bounded on both sides;
 * the two as one condition with an OR let PostgreSQL bound the index walk by this snapshot's xmax
 * alone, and it walked every earlier entry of the month: 0.36 s a seal, every 500 ms, at a million
 * entries (docs/benchmarks.md, "Fifteenth sitting"). A page starts after `after`, the last entry of
 * the part's previous page, by a row comparison on the same key, so a large batch is not read again
 * from its beginning for every page.
 */
function batchPage(
  part: BatchPart,
  previousSnapshot: string | null,
  snapshot: string,
  after: BatchPosition | null,
  select: Prisma.Sql = DIGEST_COLUMNS,
  from: keyof typeof BATCH_SOURCES = "access_log",
  pageSize = PAGE,
): Prisma.Sql {
  const { table, from: source } = BATCH_SOURCES[from];
  const afterCondition = after
    ? Prisma.sql`(${table}.write_xid, ${table}.id) > (${after.xid}::xid8, ${after.id}::bigint)`
    : Prisma.sql`true`;
  const which =
    part === "inFlightAtPrevious"
      ? // The list as a value, not read from the snapshot in the statement: planned with its length known, it is a few probes of the index.
        Prisma.sql`${table}.write_xid = ANY(${transactionsInFlight(previousSnapshot)}::xid8[]) AND ${afterCondition}`
      : // The first page starts at the previous snapshot's xmax (every entry's id is above 0), as a row comparison too:
        // beside a separate bound on write_xid, PostgreSQL may start the walk at the lower of the two.
        Prisma.sql`(${table}.write_xid, ${table}.id) > ${
          after
            ? Prisma.sql`(${after.xid}::xid8, ${after.id}::bigint)`
            : Prisma.sql`(coalesce(pg_snapshot_xmax(${previousSnapshot}::pg_snapshot), '0'::xid8), 0::bigint)`
        } AND ${table}.write_xid < pg_snapshot_xmax(${snapshot}::pg_snapshot)`;
  // The sealer's own reads (a first page of either part, every turn) are prepared: planned over every
  // monthly partition, a turn cost PostgreSQL 6–8 ms of CPU at the 148 partitions of twelve years,
  // mostly planning, and 2–3.4 ms on the generic plan of a named statement (docs/benchmarks.md,
  // "Eighteenth sitting"). Every value is a parameter, so each of the two texts is constant. Verify's
  // reads (other columns) stay unnamed: named, its walk measured slower.
  const mark = after === null && select === DIGEST_COLUMNS && from === "access_log" ? SEALER_READ_MARK : Prisma.empty;
  return Prisma.sql`${mark}SELECT ${select} FROM ${source}
     WHERE ${which} AND pg_visible_in_snapshot(${table}.write_xid, ${snapshot}::pg_snapshot)
     ORDER BY ${table}.write_xid, ${table}.id LIMIT ${pageSize}`;
}

/** A row of a batch page: what the digest takes, its place in the batch, and whatever else `select` read. */
export type BatchRow = { id: string; hash: string; xid: string } & Record<string, unknown>;

/** How a batch is read: its columns and source, and the most rows to read (default all, page by page). */
export interface BatchRead {
  select?: Prisma.Sql;
  /** `access_log`, or `access_log_with_context` to read each entry with its context. */
  from?: keyof typeof BATCH_SOURCES;
  /** Stop after this many rows, read as one page each part (verify's runs of seals: one more than claimed). */
  limit?: number;
}

/**
 * The entries of the batch between two snapshots (a seal's: those the snapshot saw and the previous
 * one did not), in the batch's order (writing transaction, then id), part by part and page by page
 * ({@link batchPage}); calls `each` with every row read. Answers how many were read.
 */
export async function readBatch(
  db: ConsentsDb,
  previousSnapshot: string | null,
  snapshot: string,
  each: (row: BatchRow) => void,
  { select = DIGEST_COLUMNS, from = "access_log", limit }: BatchRead = {},
): Promise<number> {
  const pageSize = limit ?? PAGE;
  let read = 0;
  // Before the first seal nothing was in flight at a previous one; at most seals nothing was.
  const parts: BatchPart[] =
    transactionsInFlight(previousSnapshot).length > 0 ? ["inFlightAtPrevious", "startedSince"] : ["startedSince"];
  for (const part of parts) {
    let after: BatchPosition | null = null;
    while (limit === undefined || read < limit) {
      const page = batchPage(part, previousSnapshot, snapshot, after, select, from, pageSize);
      const rows: BatchRow[] = await db.$queryRaw<BatchRow[]>(page);
      for (const row of rows.slice(0, limit === undefined ? rows.length : limit - read)) each(row);
      read += rows.length;
      if (rows.length < pageSize) break;
      const last = rows[rows.length - 1]!;
      after = { xid: last.xid, id: String(last.id) };
    }
  }
  return limit === undefined ? read : Math.min(read, limit);
}

/**
 * Entry ids and hashes of the batch between two seals' snapshots in the batch's order
 * ({@link readBatch}), into a digest; calls `each` with every row read.
 */
export async function digestBatch(
  db: ConsentsDb,
  previousSnapshot: string | null,
  snapshot: string,
  each?: (row: { id: string; hash: string }) => void,
  select: Prisma.Sql = DIGEST_COLUMNS,
  /** `access_log`, or `access_log_with_context` to read each entry with its context. */
  from: keyof typeof BATCH_SOURCES = "access_log",
): Promise<BatchDigest> {
  const digest = new BatchDigest();
  await readBatch(
    db,
    previousSnapshot,
    snapshot,
    (row) => {
      each?.(row);
      digest.add(String(row.id), row.hash);
    },
    { select, from },
  );
  return digest;
}

/**
 * Seals what was appended since the last seal: every entry whose writing transaction had committed
 * when this seal's snapshot was taken, and had not when the last seal's was, goes into one seal,
 * chained to the seal before. An entry of a request still committing at a seal goes into the next
 * one, whatever order requests commit in; a long transaction elsewhere in the cluster delays no
 * seal. Takes the sealer's lock without waiting (when another replica is sealing, this one does
 * nothing), or with `wait` after the other is done (tools, tests: everything committed before the
 * call is sealed when it returns). Also keeps the monthly partitions created ahead. Returns the seal, or null when there was
 * nothing to seal.
 */
export async function sealAccessLog(prisma: PrismaClient, options: { wait?: boolean } = {}): Promise<Seal | null> {
  return prisma.$transaction(async (tx) => {
    if (options.wait) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEAL_LOCK})`;
    else {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${SEAL_LOCK}) AS locked`;
      if (!lock?.locked) return null;
    }
    await tx.$executeRaw`SELECT access_log_ensure_partitions(now())`;
    const [last] = await tx.$queryRaw<SealRow[]>`
      SELECT ${SEAL_COLUMNS} FROM access_log_seal ORDER BY access_log_seal.seq DESC LIMIT 1`;
    // Every transaction this snapshot sees as committed is visible to the statements after it too.
    const [current] = await tx.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
    const snapshot = current!.snapshot;
    const digest = await digestBatch(tx, last?.snapshot ?? null, snapshot);
    if (digest.entries === 0) return null;
    const seal: Seal = {
      seq: String(BigInt(last?.seq ?? "0") + 1n),
      snapshot,
      entries: digest.entries,
      root: digest.digest(),
    };
    const previous = last?.hash ?? GENESIS_HASH;
    await tx.$executeRaw`
      INSERT INTO access_log_seal (seq, snapshot, entries, root, prev_hash, hash)
      VALUES (${seal.seq}::bigint, ${seal.snapshot}, ${seal.entries}, ${seal.root}, ${previous}, ${sealHash(previous, seal)})`;
    return seal;
  }, SEAL_TRANSACTION);
}

export interface AccessLogSealer {
  /** Seals once more what is pending, then stops the loop. */
  stop(): Promise<void>;
}

/**
 * The consents service's background loop: seals every `intervalMs`. A failed seal (database down)
 * is logged and tried again on the next tick; the entries wait unsealed, which verify reports once
 * they are older than its bound.
 */
export function startAccessLogSealer(deps: {
  prisma: PrismaClient;
  log: Logger;
  intervalMs?: number;
  /** Where each turn is counted (`silta_access_log_seals_total`, …). Default: nowhere. */
  metrics?: AccessMetrics;
}): AccessLogSealer {
  const interval = deps.intervalMs ?? DEFAULT_SEAL_INTERVAL_MS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = sealAccessLog(deps.prisma)
      .then((seal) => deps.metrics?.sealTurn(seal ? "sealed" : "idle", seal))
      .catch((error: unknown) => {
        deps.metrics?.sealTurn("failed");
        deps.log.warn({ err: error }, "access log could not be sealed");
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, interval);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await sealAccessLog(deps.prisma).catch((error: unknown) =>
        deps.log.warn({ err: error }, "access log could not be sealed at stop"),
      );
    },
  };
}
