import { existsSync } from "node:fs";
import { embeddedDatabaseDir, openEmbeddedDatabase, openPostgres, type Database } from "@silta/kernel";
import { createPrisma } from "../data/db";
import { readCheckpoint, signCheckpoint, wholeWalkDue, writeCheckpointForward, type CheckpointHead } from "./checkpoint";
import { verifyAccessLog, verifyAccessLogSince } from "./verifyAccessLog";
import { describeBreak, describeSlice } from "./verifyMessages";
import { help, readVerifyOptions, usage, UsageError } from "./verifyOptions";
import { walkWholeLogSlice } from "./wholeWalkInSlices";

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
async function main(): Promise<number> {
  const options = readVerifyOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(help);
    return 0;
  }
  const { checkpointFile, sinceCheckpoint, wholeEvery, sliceSeconds, statementTimeoutMs, unsealedBoundMs } = options;
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

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`audit:verify could not check the access log: ${(error as Error).message}`);
    if (error instanceof UsageError) console.error(usage);
    process.exitCode = 2;
  },
);
