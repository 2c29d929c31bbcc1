import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { configFields, loadConfig, migrate, openPglite, openPostgres, todayIn, type Database } from "@silta/kernel";
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

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file || !existsSync(file)) {
    console.error("Usage: npx tsx subgraphs/training/src/import/main.ts <file.csv>   (format: docs/training-import.md)");
    return 2;
  }
  const config = loadConfig(importConfigSchema);
  const database: Database = config.DATABASE_URL
    ? await openPostgres({ url: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, poolSize: 2 })
    : await openPglite({ dataDir: join(config.SILTA_DATA_DIR, trainingSubgraph.name) });
  const prisma = createPrisma(database);
  try {
    await migrate(database.sql, trainingSubgraph.migrationsDir);
    const report = await importTrainingRecords(prisma, "system", createReadStream(file), todayIn(config.SILTA_TIME_ZONE));
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
