import { createReadStream, existsSync, statSync } from "node:fs";
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
import { createPrisma } from "../data/db";
import { trainingSubgraph } from "../index";
import { importTrainingRecords } from "./importTrainingRecords";

/**
 * `npx tsx subgraphs/training/src/import/main.ts <file.csv>`: imports past training records into the
 * training database of DATABASE_URL and DATABASE_SCHEMA (or the embedded one under SILTA_DATA_DIR, while the hub is stopped), prints the report
 * as JSON, and exits 1 when any row was rejected. Re-running it on the same file changes nothing.
 */
/** The command needs only the database and the time zone: no signing secret, no Redis. */
const importConfigSchema = z.object({
  DATABASE_URL: configFields.postgresUrl.optional(),
  DATABASE_SCHEMA: configFields.sqlIdentifier.default("public"),
  SILTA_DATA_DIR: z.string().default(".silta"),
  SILTA_TIME_ZONE: z.string().default("Europe/Helsinki"),
});

const usage = "usage: npx tsx subgraphs/training/src/import/main.ts <file.csv>";
const help = `${usage}

Imports past training records from CSV (docs/training-import.md) into the training database:
DATABASE_URL (+ DATABASE_SCHEMA) in servers mode, else the embedded database under SILTA_DATA_DIR
(default .silta, while the hub is stopped). Migrations are applied first; re-running on the same
file changes nothing. Prints the report as JSON.

Exit code 0: imported; 1: some rows were rejected; 2: could not run.`;

/** The one file to import, or why the arguments cannot be used. */
function readArguments(argv: string[]): { file: string } | "help" | { problem: string } {
  if (argv.includes("--help") || argv.includes("-h")) return "help";
  const unknown = argv.find((arg) => arg.startsWith("-"));
  if (unknown) return { problem: `unknown option ${unknown}` };
  if (argv.length !== 1) return { problem: argv.length === 0 ? "name the CSV file to import" : "name one file to import" };
  const file = argv[0]!;
  if (!existsSync(file)) return { problem: `${file}: no such file` };
  if (!statSync(file).isFile()) return { problem: `${file} is not a file` };
  return { file };
}

async function main(): Promise<number> {
  const args = readArguments(process.argv.slice(2));
  if (args === "help") {
    console.log(help);
    return 0;
  }
  if ("problem" in args) {
    console.error(`${args.problem}\n${usage}   (format: docs/training-import.md)`);
    return 2;
  }
  const { file } = args;
  const config = loadConfig(importConfigSchema);
  const database: Database = config.DATABASE_URL
    ? await openPostgres({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, poolSize: 2 })
    : await openEmbeddedDatabase(config.SILTA_DATA_DIR, trainingSubgraph.name);
  const prisma = createPrisma(database);
  try {
    await migrate(database.sql, trainingSubgraph.migrationsDir);
    const stream = createReadStream(file);
    const size = Math.max(1, statSync(file).size);
    const progress = startProgress({ label: `importing ${file}`, unit: "rows" });
    let lines = 0;
    stream.on("data", (chunk: string | Buffer) => {
      lines += chunk.toString().split("\n").length - 1;
      progress.update(Math.max(0, lines - 1), stream.bytesRead / size);
    });
    const report = await importTrainingRecords(prisma, "system", stream, todayIn(config.SILTA_TIME_ZONE));
    progress.finish(Math.max(0, lines - 1));
    console.log(JSON.stringify({ file, ...report }, null, 2));
    console.error(`${report.created} created, ${report.unchanged} unchanged, ${report.rejected.length} rejected`);
    return report.rejected.length > 0 ? 1 : 0;
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
