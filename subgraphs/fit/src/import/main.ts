import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { configFields, loadConfig, migrate, openPglite, openPostgres, todayIn, type Database } from "@silta/kernel";
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

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: "string" }, "skip-invalid": { type: "boolean" }, "batch-size": { type: "string" } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const [path] = parsed.positionals;
  if (!path || parsed.positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const format = (parsed.values.format ?? formatOf(path)) as ImportFormat | null;
  if (format !== "csv" && format !== "json") {
    console.error(`Cannot tell the format of ${path}; name it .csv or .json/.jsonl, or pass --format csv|json.\n${usage}`);
    return 2;
  }
  const batchSize = Number(parsed.values["batch-size"] ?? 500);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    console.error(`--batch-size must be a whole number from 1 to 10000 (rows per write; memory grows with it).\n${usage}`);
    return 2;
  }
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
    : await openPglite({ dataDir: join(config.SILTA_DATA_DIR, "fit") });
  try {
    await migrate(database.sql, fitSubgraph.migrationsDir);
    const report = await importFile(database.sql, path, format, {
      adapter: openFitAdapter,
      skipInvalid: parsed.values["skip-invalid"] === true,
      batchSize,
      today: todayIn(config.SILTA_TIME_ZONE),
      actorId: "system:fit-import",
      onReject: (rejected) =>
        console.log(`rejected line ${rejected.line}: ${rejected.field} ${rejected.rule}: ${rejected.message}`),
    });
    console.log(JSON.stringify({ file: path, ...report }, null, 2));
    if (!report.committed)
      console.error(`${report.rowsRejected} bad rows: nothing was imported (use --skip-invalid to import the good rows).`);
    return report.committed ? 0 : 1;
  } finally {
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
