import { once } from "node:events";
import { createWriteStream, existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { openPostgres } from "@silta/kernel";
import { createPrisma } from "../data/db";
import { verifyAccessLog } from "./verifyAccessLog";
import { ACCESS_LOG_RETENTION_YEARS, retireAccessLog, type RetireOptions } from "./retireAccessLog";

/**
 * `npm run audit:retire [-- --archive <dir>] [--retention-years 12] [--dry-run]`: retires the months
 * of the access log the law no longer requires (docs/access.md "Retention"). Servers mode only, as the
 * owner of the consents schema (DATABASE_URL, DATABASE_SCHEMA). Checks the whole log first and retires
 * nothing when it is broken: a retirement must not carry evidence of tampering away.
 */
const usage = "usage: npm run audit:retire [-- --archive <dir>] [--retention-years <years>] [--dry-run]";
const help = `${usage}

Retires every month of the access log that ended at least the retention period ago (12 years,
Act 703/2023): checks the log (as audit:verify), then per month counts and digests the entries,
detaches the month's partition from the log and records it in access_log_retirement, which
audit:verify reads. Run as the owner of the consents schema: DATABASE_URL (schema DATABASE_SCHEMA,
default public).

  --archive <dir>          write each retired month's entries to <dir>/access_log_YYYY_MM.ndjson and drop
                           the partition; without it the partition is kept as the table
                           access_log_retired_YYYY_MM, outside the log, for your own archive
  --retention-years <n>    keep more than the law's ${ACCESS_LOG_RETENTION_YEARS} years (never fewer)
  --dry-run                list what would be retired (without checking the log first); change nothing

Exit code 0: done (or nothing to retire); 1: the log is broken, nothing retired; 2: could not run.`;

class UsageError extends Error {}

async function main(): Promise<number> {
  const { values } = (() => {
    try {
      return parseArgs({
        options: {
          archive: { type: "string" },
          "retention-years": { type: "string", default: String(ACCESS_LOG_RETENTION_YEARS) },
          "dry-run": { type: "boolean", default: false },
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
  const yearsText = values["retention-years"];
  const retentionYears = Number(yearsText);
  if (!/^[0-9]{1,3}$/.test(yearsText) || retentionYears < ACCESS_LOG_RETENTION_YEARS)
    throw new UsageError(
      `--retention-years must be a whole number of years, at least ${ACCESS_LOG_RETENTION_YEARS} (Act 703/2023), got ${yearsText}`,
    );
  const archiveDir = values.archive === undefined ? undefined : resolve(values.archive);
  if (archiveDir && !(existsSync(archiveDir) && statSync(archiveDir).isDirectory()))
    throw new UsageError(`--archive must name an existing directory, got ${values.archive}`);
  const url = process.env["DATABASE_URL"];
  if (!url) throw new Error("DATABASE_URL is required: retiring is done on the servers-mode database, as its owner");
  const database = await openPostgres({ url, schema: process.env["DATABASE_SCHEMA"] ?? "public", poolSize: 1 });
  const prisma = createPrisma(database);
  try {
    // Only before changing anything: a dry run lists, whatever state the log is in.
    const check = values["dry-run"] ? { ok: true as const } : await verifyAccessLog(prisma);
    if (!check.ok) {
      console.log(
        `NOT RETIRED: the access log of ${database.describe()} is broken (${check.reason} at ${check.seq}); run audit:verify.`,
      );
      return 1;
    }
    const options: RetireOptions = { retentionYears, dryRun: values["dry-run"] };
    if (archiveDir)
      options.archive = (month, pages) =>
        writeArchive(join(archiveDir, `access_log_${month.slice(0, 7).replace("-", "_")}.ndjson`), pages);
    const retired = await retireAccessLog(database.sql, options);
    if (retired.length === 0) {
      console.log(
        `Nothing to retire: no month of the access log of ${database.describe()} ended ${retentionYears} years ago or earlier.`,
      );
      return 0;
    }
    for (const month of retired) {
      console.log(
        values["dry-run"]
          ? `would retire ${month.month.slice(0, 7)}: ${month.entries} entries (${month.partition})`
          : `retired ${month.month.slice(0, 7)}: ${month.entries} entries, sha256 ${month.digest}, now in ${month.archivedTo}`,
      );
    }
    return 0;
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

/** One JSON line per entry, written page by page: a month of a county's log does not fit in memory. */
async function writeArchive(file: string, pages: AsyncIterable<Record<string, unknown>[]>): Promise<string> {
  const out = createWriteStream(file, { flags: "wx" });
  for await (const rows of pages) {
    if (!out.write(rows.map((row) => JSON.stringify(row)).join("\n") + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return file;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`audit:retire could not run: ${(error as Error).message}`);
    if (error instanceof UsageError) console.error(usage);
    process.exitCode = 2;
  },
);
