import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import {
  configFields,
  loadConfig,
  migrate,
  openEmbeddedDatabase,
  openPostgres,
  startProgress,
  todayIn,
  type Database,
} from "@silta/kernel";
import { BULK_TRANSACTION, createPrisma } from "../data/db";
import { fitSubgraph } from "../index";
import { formatOf, importFile, type ImportFormat } from "./importFile";
import { openFitAdapter } from "./openFitAdapter";

/**
 * `npx tsx subgraphs/fit/src/import/main.ts <file> [--skip-invalid] [--format csv|json] [--batch-size 500]`
 *
 * Imports an OpenFIT-style export (docs/fit-import.md) into the fit database: DATABASE_URL (+
 * DATABASE_SCHEMA) in servers mode, else the embedded database under SILTA_DATA_DIR. Rejected rows
 * are printed as they are found (line, field, rule); the summary is printed last as JSON.
 * Exit code 0: imported; 1: bad rows and no --skip-invalid, so nothing was imported; 2: could not run.
 */
const usage =
  "usage: npx tsx subgraphs/fit/src/import/main.ts <file.csv|file.json|file.jsonl> [--skip-invalid] [--format csv|json] [--batch-size 500]";
const help = `${usage}

Imports FIT sessions and measurements from an OpenFIT-style export (docs/fit-import.md) into the fit
database: DATABASE_URL (+ DATABASE_SCHEMA) in servers mode, else the embedded database under
SILTA_DATA_DIR (default .silta, while the hub is stopped). Migrations are applied first.

  --skip-invalid  import the good rows when some are bad (default: nothing is imported)
  --format        csv or json (JSON array or JSON Lines); default: from the file's extension
  --batch-size    rows per write, 1–10000 (memory grows with it); default 500

Exit code 0: imported; 1: bad rows and no --skip-invalid, nothing imported; 2: could not run.`;

class UsageError extends Error {}

interface Arguments {
  path: string;
  format: ImportFormat;
  skipInvalid: boolean;
  batchSize: number;
}

/** Reads the arguments with node:util's parser: the format comes only from `--format` when it is given. */
function readArguments(argv: string[]): Arguments | "help" {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          format: { type: "string" },
          "skip-invalid": { type: "boolean", default: false },
          "batch-size": { type: "string" },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  })();
  if (values.help) return "help";
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? "name the file to import" : "name one file to import");
  const path = positionals[0]!;
  const format = values.format ?? formatOf(path);
  if (format !== "csv" && format !== "json")
    throw new UsageError(
      values.format === undefined
        ? `cannot tell the format of ${path}; name it .csv or .json/.jsonl, or pass --format csv|json`
        : `--format must be csv or json (is ${values.format})`,
    );
  const batchSize = Number(values["batch-size"] ?? 500);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new UsageError("--batch-size must be a whole number from 1 to 10000 (rows per write; memory grows with it)");
  // Checked here so a missing file is one clear line, not a stream error after the database is opened.
  if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
  if (!statSync(path).isFile()) throw new UsageError(`${path} is not a file`);
  return { path, format, skipInvalid: values["skip-invalid"], batchSize };
}

async function main(argv: string[]): Promise<number> {
  let args: Arguments | "help";
  try {
    args = readArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${usage}`);
    return 2;
  }
  if (args === "help") {
    console.log(help);
    return 0;
  }
  const { path, format, skipInvalid, batchSize } = args;
  const config = loadConfig(
    z.object({
      NODE_ENV: configFields.nodeEnv,
      DATABASE_URL: configFields.postgresUrl.optional(),
      DATABASE_SCHEMA: configFields.sqlIdentifier.default("public"),
      SILTA_DATA_DIR: z.string().default(".silta"),
      SILTA_TIME_ZONE: z.string().default("Europe/Helsinki"),
    }),
    process.env,
  );
  const database: Database = config.DATABASE_URL
    ? await openPostgres({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, poolSize: 2 })
    : await openEmbeddedDatabase(config.SILTA_DATA_DIR, fitSubgraph.name);
  const prisma = createPrisma(database);
  try {
    await migrate(database.sql, fitSubgraph.migrationsDir);
    // Lines read, less the header: about the rows (a quoted cell may hold a line break).
    const progress = startProgress({ label: `importing ${path}`, unit: "rows" });
    const report = await importFile(
      prisma,
      path,
      format,
      {
        adapter: openFitAdapter,
        skipInvalid,
        batchSize,
        today: todayIn(config.SILTA_TIME_ZONE),
        actorId: "system:fit-import",
        transaction: BULK_TRANSACTION,
        onReject: (rejected) =>
          console.log(`rejected line ${rejected.line}: ${rejected.field} ${rejected.rule}: ${rejected.message}`),
      },
      (lines, fraction) => progress.update(Math.max(0, lines - (format === "csv" ? 1 : 0)), fraction),
    );
    progress.finish(report.rowsRead);
    console.log(JSON.stringify({ file: path, ...report }, null, 2));
    if (!report.committed)
      console.error(`${report.rowsRejected} bad rows: nothing was imported (use --skip-invalid to import the good rows).`);
    return report.committed ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
