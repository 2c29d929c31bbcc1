import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { embeddedDatabaseDir, openEmbeddedDatabase, openPostgres, type Database } from "@silta/kernel";
import { createPrisma } from "../data/db";
import {
  readCheckpoint,
  signCheckpoint,
  wholeWalkDue,
  writeCheckpointForward,
  type Checkpoint,
  type CheckpointHead,
} from "./checkpoint";
import { DEFAULT_UNSEALED_BOUND_MS, verifyAccessLog, verifyAccessLogSince, type VerifyResult } from "./verifyAccessLog";
import { walkWholeLogSlice, type Slice } from "./wholeWalkInSlices";

/**
 * `npm run audit:verify [-- --checkpoint FILE [--since-checkpoint [--slice-seconds S] [--whole-every DAYS]]] [--unsealed-bound MS] [--statement-timeout MS]`:
 * checks the access log's chain of seals, every sealed entry, and that no entry stayed unsealed
 * longer than the bound (default ACCESS_LOG_UNSEALED_BOUND_MS or 2,000 ms), and prints OK or the
 * first break. Against DATABASE_URL
 * (schema DATABASE_SCHEMA, default `public`) in servers mode, or the embedded consents database under
 * SILTA_DATA_DIR (default `.silta`). With `--checkpoint`, the file (HMAC-signed with
 * AUDIT_CHECKPOINT_KEY) anchors the head of the chain outside the database: the run also reports
 * seals missing after it, and when the log is intact writes the new head (the last seal) there. Keep
 * the file where the database's users cannot write (another host, a WORM bucket). With
 * `--since-checkpoint`, only what was sealed after the checkpoint is walked (verifyAccessLogSince):
 * the hourly run at county scale; with `--whole-every <days>` as well, the same scheduled run walks
 * the whole log when the last whole walk is that old (or there is no checkpoint yet); with
 * `--slice-seconds <s>`, each run also walks the whole log on from where the last run left it, for
 * about that long, so the walk of the whole log is spread over the hourly runs instead of stopping
 * them for hours (wholeWalkInSlices.ts), and a walk that is due finishes in the run's slice. Each statement
 * is bounded (`--statement-timeout`, default 15 minutes, a lock wait included): a scheduled run that
 * would hang stops instead, and the next one (one at a time) is not held back. Exit status 0
 * when intact, 1 when broken, 2 when it could not check.
 */
const usage =
  "usage: npm run audit:verify [-- --checkpoint <file> [--since-checkpoint [--slice-seconds <s>] [--whole-every <days>]]] [--unsealed-bound <ms>] [--statement-timeout <ms>]";
const help = `${usage}

Checks the access log's chain of seals and every sealed entry, and prints OK or the first break:
DATABASE_URL (schema DATABASE_SCHEMA, default public) in servers mode, else the embedded consents
database under SILTA_DATA_DIR (default .silta).

  --checkpoint <file>     an HMAC-signed checkpoint (key AUDIT_CHECKPOINT_KEY, 32+ characters) kept
                          outside the database: also reports seals missing after it, and when the
                          log is intact writes the new head there (docs/access.md)
  --since-checkpoint      walk only the seals after the checkpoint (which must exist): checks that
                          its seal is still the one checkpointed, and everything sealed since; the
                          entries up to it are left to a run without this option
  --slice-seconds <s>     with --since-checkpoint: then walk the whole log on from where the last
                          run left it (the place kept in the checkpoint), for about <s> seconds
                          (one seal at least): the walk of the whole log in slices, one a run,
                          until it reaches the checkpoint's seal; then the next begins
  --whole-every <days>    with --since-checkpoint: walk the whole log instead when there is no
                          checkpoint yet, or its last whole walk began <days> or more ago (the one
                          scheduled run: hourly, and whole once a week with 7); with
                          --slice-seconds, the walk in slices under way is finished instead
  --unsealed-bound <ms>   how long an entry may stay unsealed before it is reported as a break
                          (default ACCESS_LOG_UNSEALED_BOUND_MS, else 2000)
  --statement-timeout <ms>
                          how long one of its statements may run or wait for a lock before the run
                          stops as "could not check" (default 900000: 15 minutes; PostgreSQL only)

Exit code 0: intact; 1: broken; 2: could not check.`;

class UsageError extends Error {}

/** A statement of a whole walk reads one page of entries (milliseconds); fifteen minutes is only ever a hang. */
const DEFAULT_STATEMENT_TIMEOUT_MS = 15 * 60_000;

async function main(): Promise<number> {
  const { values } = (() => {
    try {
      return parseArgs({
        options: {
          checkpoint: { type: "string" },
          "unsealed-bound": { type: "string" },
          "since-checkpoint": { type: "boolean", default: false },
          "whole-every": { type: "string" },
          "slice-seconds": { type: "string" },
          "statement-timeout": { type: "string" },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  if (values.help) {
    console.log(help);
    return 0;
  }
  const checkpointFile = values.checkpoint;
  const sinceCheckpoint = values["since-checkpoint"];
  if (sinceCheckpoint && !checkpointFile) throw new UsageError("--since-checkpoint needs --checkpoint <file>");
  const wholeEveryText = values["whole-every"];
  if (wholeEveryText !== undefined && !sinceCheckpoint) throw new UsageError("--whole-every needs --since-checkpoint");
  const wholeEvery = wholeEveryText === undefined ? undefined : Number(wholeEveryText);
  if (wholeEveryText !== undefined && (!/^[0-9]{1,4}$/.test(wholeEveryText) || wholeEvery! < 1))
    throw new UsageError(`--whole-every must be a whole number of days from 1 to 9999, got ${wholeEveryText}`);
  const sliceText = values["slice-seconds"];
  if (sliceText !== undefined && !sinceCheckpoint) throw new UsageError("--slice-seconds needs --since-checkpoint");
  const sliceSeconds = sliceText === undefined ? undefined : Number(sliceText);
  if (sliceText !== undefined && (!/^[0-9]{1,5}$/.test(sliceText) || sliceSeconds! > 86_400))
    throw new UsageError(`--slice-seconds must be a whole number of seconds from 0 to 86400, got ${sliceText}`);
  const timeoutText = values["statement-timeout"] ?? String(DEFAULT_STATEMENT_TIMEOUT_MS);
  const statementTimeoutMs = Number(timeoutText);
  if (!/^[0-9]{1,9}$/.test(timeoutText) || statementTimeoutMs < 100)
    throw new UsageError(`--statement-timeout must be a whole number of milliseconds from 100 to 999999999, got ${timeoutText}`);
  // An empty variable (as .env.example leaves it) means the default.
  const boundText =
    values["unsealed-bound"] ?? (process.env["ACCESS_LOG_UNSEALED_BOUND_MS"] || String(DEFAULT_UNSEALED_BOUND_MS));
  const unsealedBoundMs = Number(boundText);
  if (!/^[0-9]{1,9}$/.test(boundText) || !Number.isInteger(unsealedBoundMs))
    throw new Error(
      `--unsealed-bound (or ACCESS_LOG_UNSEALED_BOUND_MS) must be a whole number of milliseconds, got ${boundText}`,
    );
  const key = process.env["AUDIT_CHECKPOINT_KEY"];
  if (checkpointFile && (!key || key.length < 32))
    throw new Error("--checkpoint needs AUDIT_CHECKPOINT_KEY of at least 32 characters");
  const checkpoint = checkpointFile ? readCheckpoint(checkpointFile, key!) : null;
  const started = new Date();
  // A run after the checkpoint, unless --whole-every says the whole log is due and there are no
  // slices to finish it in (or no checkpoint for them to go on from).
  const due = wholeEvery !== undefined && wholeWalkDue(checkpoint, wholeEvery, started);
  const since = sinceCheckpoint && !(due && (sliceSeconds === undefined || !checkpoint));
  if (since && !checkpoint)
    throw new Error(`--since-checkpoint: there is no checkpoint at ${checkpointFile} yet (run without --since-checkpoint first)`);

  const url = process.env["DATABASE_URL"];
  const siltaDataDir = process.env["SILTA_DATA_DIR"] ?? ".silta";
  const dataDir = embeddedDatabaseDir(siltaDataDir);
  // Opening a missing embedded folder would create an empty database; say what is missing instead.
  if (!url && !existsSync(dataDir)) throw new Error(`no DATABASE_URL and no embedded database at ${dataDir}`);
  const database: Database = url
    ? await openPostgres({
        url,
        schema: process.env["DATABASE_SCHEMA"] ?? "public",
        poolSize: 1,
        statementTimeoutMs,
        // A server gone silent answers no statement_timeout either.
        queryTimeoutMs: statementTimeoutMs + 60_000,
      })
    : await openEmbeddedDatabase(siltaDataDir, "consents");
  const prisma = createPrisma(database);
  try {
    const result =
      since && checkpoint
        ? await verifyAccessLogSince(prisma, checkpoint, { unsealedBoundMs })
        : await verifyAccessLog(prisma, { checkpoint, unsealedBoundMs });
    if (!result.ok) {
      console.log(
        `BROKEN: access log of ${database.describe()}: ${describeBreak(result, checkpoint, since ? "since" : "whole")}`,
      );
      return 1;
    }
    // The slice goes on only once what was sealed after the checkpoint is known intact; a walk that
    // is due has no deadline, and finishes in this run.
    const slice =
      since && checkpoint && sliceSeconds !== undefined
        ? await walkWholeLogSlice(prisma, checkpoint, checkpoint.walk ?? null, {
            deadline: due ? Infinity : Date.now() + sliceSeconds * 1000,
          })
        : null;
    if (slice && !slice.ok) {
      console.log(`BROKEN: access log of ${database.describe()}: ${describeBreak(slice, checkpoint, "slice")}`);
      return 1;
    }
    const unsealed = `${result.unsealed} entries not yet sealed (younger than ${unsealedBoundMs} ms)`;
    if (since && checkpoint) {
      const rest = slice
        ? ""
        : " The entries up to the checkpoint are checked by a run without --since-checkpoint, or by one with --slice-seconds.";
      console.log(
        `OK: access log of ${database.describe()} intact after the checkpoint of ${checkpoint.at} (seal ${checkpoint.seq}, still as checkpointed): ${result.checked} entries checked in ${result.seals} seals sealed since, ${result.entries} sealed in all; ${unsealed}.${rest}`,
      );
    } else {
      const against = checkpoint ? `, up to and past the checkpoint of ${checkpoint.at} (seal ${checkpoint.seq})` : "";
      const legacy = result.legacyEntries > 0 ? ` and ${result.legacyEntries} entries of the first log` : "";
      const retired = result.retired > 0 ? ` (${result.retired} of them in retired months, no longer in the log)` : "";
      console.log(
        `OK: access log of ${database.describe()} intact, ${result.entries} entries checked in ${result.seals} seals${retired}${legacy}${against}; ${unsealed}.`,
      );
    }
    if (slice) console.log(describeSlice(slice, checkpoint!));
    if (checkpointFile && !checkpoint)
      console.log(
        `No checkpoint was at ${checkpointFile}: this run starts one. Seals removed before now cannot be seen by it; if a checkpoint was expected there, compare the log with its write-once copy.`,
      );
    if (checkpointFile) {
      const head: CheckpointHead = { ...result.head, entries: result.entries, at: new Date().toISOString() };
      // A run after the checkpoint rests on the whole walk its checkpoint rests on, or on the walk in
      // slices it finished; a whole walk, on itself. A walk in slices under way goes on in the next run.
      const wholeAt = !since ? started.toISOString() : slice?.ok && slice.cursor === null ? slice.began : checkpoint?.wholeAt;
      const walk = !since ? undefined : slice?.ok ? (slice.cursor ?? undefined) : checkpoint?.walk;
      if (wholeAt !== undefined) head.wholeAt = wholeAt;
      if (walk !== undefined) head.walk = walk;
      const written = signCheckpoint(head, key!);
      const kept = writeCheckpointForward(checkpointFile, written, key!);
      console.log(
        kept === written
          ? `Checkpoint written to ${checkpointFile}: seal ${result.head.seq}, ${result.entries} entries.`
          : `Checkpoint ${checkpointFile} left at seal ${kept.seq} (${kept.at}), later than this run's seal ${result.head.seq}: another run wrote it meanwhile.`,
      );
    }
    return 0;
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

/** What this run's slice of the walk of the whole log did, and where the walk stands. */
function describeSlice(slice: Slice, checkpoint: Checkpoint): string {
  const again =
    slice.restarted === "retired_month"
      ? "A month was retired since the walk of the whole log in slices began: it began again. "
      : "";
  const walked =
    slice.seals === 0
      ? "walked no seal"
      : `walked seals ${slice.fromSeq} to ${slice.toSeq} (${slice.checked} entries checked${slice.legacyEntries > 0 ? `, and ${slice.legacyEntries} entries of the first log` : ""})`;
  if (slice.cursor === null)
    return `${again}The walk of the whole log begun ${slice.began} ${walked} and reached the checkpoint's seal ${checkpoint.seq}: all ${slice.entries} entries up to it checked; the next run begins the next walk.`;
  return `${again}The walk of the whole log begun ${slice.began} ${walked}: ${slice.cursor.seq} of the checkpoint's ${checkpoint.seq} seals walked (${slice.entries} of ${checkpoint.entries} entries); the next run goes on from seal ${slice.cursor.seq}.`;
}

/** Which walk found the break: of the whole log in one go, after the checkpoint, or a slice of the whole log's. */
type Walk = "whole" | "since" | "slice";

function describeBreak(result: Extract<VerifyResult, { ok: false }>, checkpoint: Checkpoint | null, walk: Walk): string {
  // A run after the checkpoint read only what was sealed after it: it cannot vouch for the rest.
  const intact =
    walk === "since" && checkpoint
      ? `what was sealed after the checkpoint of ${checkpoint.at} (seal ${checkpoint.seq}) up to it is intact; the entries before were checked when it was written.`
      : walk === "slice" && checkpoint
        ? `found by the walk of the whole log in slices, whose earlier slices checked the ${result.entries} sealed entries before it; what was sealed after the checkpoint of ${checkpoint.at} (seal ${checkpoint.seq}) is intact.`
        : `${result.entries} sealed entries before it are intact.`;
  switch (result.reason) {
    case "altered":
      return `entry ${result.seq} is altered (it no longer matches its hash); ${intact}`;
    case "context_altered":
      return `the context (who asked, why, from where) of entry ${result.seq} is altered (it no longer matches its hash); ${intact}`;
    case "context_missing":
      return `the context (who asked, why, from where) of entry ${result.seq} is missing (deleted); ${intact}`;
    case "batch_changed":
      return `seal ${result.seq} does not match its entries (an entry was removed, added, moved or reordered); ${intact}`;
    case "unlinked":
      return `seal ${result.seq} is unlinked (a seal up to it was removed, altered or replaced); ${intact}`;
    case "truncated":
      return `seals after ${result.seq} missing: the checkpoint of ${checkpoint!.at} names seal ${checkpoint!.seq} (${checkpoint!.entries} entries), the log ends at seal ${result.seq} (${result.entries} entries).`;
    case "diverged":
      return `seal ${result.seq} is not the seal the checkpoint of ${checkpoint!.at} names (seal ${checkpoint!.seq}, ${checkpoint!.entries} entries): the log was rewritten from there on.`;
    case "unsealed":
      return `${result.unsealed!.count} entries unsealed for longer than the bound, the oldest entry ${result.seq} written at ${result.unsealed!.oldestAt} (is the consents service's sealer running?); ${result.entries} sealed entries are intact.`;
    case "retired_early":
      return `the month from ${result.seq} is recorded as retired, but the law still requires it (the log is kept 12 years): its entries are missing.`;
    case "legacy_altered":
      return `entry ${result.seq} of the first log (access_log_v1) is altered (it no longer matches its hash).`;
    case "legacy_unlinked":
      return `entry ${result.seq} of the first log (access_log_v1) is unlinked (an entry before it was removed or replaced).`;
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`audit:verify could not check the access log: ${(error as Error).message}`);
    if (error instanceof UsageError) console.error(usage);
    process.exitCode = 2;
  },
);
