import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openPglite, openPostgres, type Database } from "@silta/kernel";
import { readCheckpoint, signCheckpoint, writeCheckpoint, type Checkpoint } from "./checkpoint";
import { verifyAccessLog, type VerifyResult } from "./verifyAccessLog";

/**
 * `npm run audit:verify [-- --checkpoint FILE]`: checks the access log's hash chain and prints OK or
 * the first broken link. Against DATABASE_URL (schema DATABASE_SCHEMA, default `public`) in servers
 * mode, or the embedded consents database under SILTA_DATA_DIR (default `.silta`). With
 * `--checkpoint`, the file (HMAC-signed with AUDIT_CHECKPOINT_KEY) anchors the head of the chain
 * outside the database: the run also reports entries missing after it, and when the log is intact
 * writes the new head there. Keep the file where the database's users cannot write (another host, a
 * WORM bucket). Exit status 0 when intact, 1 when broken, 2 when it could not check.
 */
const usage = "usage: npm run audit:verify [-- --checkpoint <file>]";
const help = `${usage}

Checks the access log's hash chain and prints OK or the first broken link: DATABASE_URL (schema
DATABASE_SCHEMA, default public) in servers mode, else the embedded consents database under
SILTA_DATA_DIR (default .silta).

  --checkpoint <file>  an HMAC-signed checkpoint (key AUDIT_CHECKPOINT_KEY, 32+ characters) kept
                       outside the database: also reports entries missing after it, and when the
                       log is intact writes the new head there (docs/access.md)

Exit code 0: intact; 1: broken; 2: could not check.`;

class UsageError extends Error {}

async function main(): Promise<number> {
  const { values } = (() => {
    try {
      return parseArgs({ options: { checkpoint: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  if (values.help) {
    console.log(help);
    return 0;
  }
  const checkpointFile = values.checkpoint;
  const key = process.env["AUDIT_CHECKPOINT_KEY"];
  if (checkpointFile && (!key || key.length < 32))
    throw new Error("--checkpoint needs AUDIT_CHECKPOINT_KEY of at least 32 characters");
  const checkpoint = checkpointFile ? readCheckpoint(checkpointFile, key!) : null;

  const url = process.env["DATABASE_URL"];
  const dataDir = join(process.env["SILTA_DATA_DIR"] ?? ".silta", "consents");
  // Opening a missing embedded folder would create an empty database; say what is missing instead.
  if (!url && !existsSync(dataDir)) throw new Error(`no DATABASE_URL and no embedded database at ${dataDir}`);
  const database: Database = url
    ? await openPostgres({ url, schema: process.env["DATABASE_SCHEMA"] ?? "public", poolSize: 1 })
    : await openPglite({ dataDir });
  try {
    const result = await verifyAccessLog(database.sql, checkpoint);
    if (result.ok) {
      const against = checkpoint ? `, up to and past the checkpoint of ${checkpoint.at} (entry ${checkpoint.seq})` : "";
      console.log(`OK: access log of ${database.describe()} intact, ${result.entries} entries checked${against}.`);
      if (checkpointFile) {
        writeCheckpoint(
          checkpointFile,
          signCheckpoint({ ...result.head, entries: result.entries, at: new Date().toISOString() }, key!),
        );
        console.log(`Checkpoint written to ${checkpointFile}: entry ${result.head.seq}, ${result.entries} entries.`);
      }
      return 0;
    }
    console.log(`BROKEN: access log of ${database.describe()}: ${describeBreak(result, checkpoint)}`);
    return 1;
  } finally {
    await database.close();
  }
}

function describeBreak(result: Extract<VerifyResult, { ok: false }>, checkpoint: Checkpoint | null): string {
  switch (result.reason) {
    case "altered":
      return `entry ${result.seq} is altered (it no longer matches its hash); ${result.entries - 1} entries before it are intact.`;
    case "unlinked":
      return `entry ${result.seq} is unlinked (an entry before it was removed or replaced); ${result.entries - 1} entries before it are intact.`;
    case "truncated":
      return `entries after ${result.seq} missing: the checkpoint of ${checkpoint!.at} names entry ${checkpoint!.seq} (${checkpoint!.entries} entries), the log ends at entry ${result.seq} (${result.entries} entries).`;
    case "diverged":
      return `entry ${result.seq} is not the entry the checkpoint of ${checkpoint!.at} names (entry ${checkpoint!.seq}, ${checkpoint!.entries} entries): the log was rewritten from there on.`;
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
