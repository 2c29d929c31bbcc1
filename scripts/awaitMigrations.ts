import { z } from "zod";
import { configFields, loadConfig, openPostgres, verifyMigrations, type Database } from "@silta/kernel";
import { migrationsDir } from "./migrate";
import { subgraphs, type SubgraphName } from "./subgraphs";

/**
 * `node --import tsx scripts/awaitMigrations.ts`: waits until the migrations of one subgraph's schema
 * (DATABASE_SCHEMA) or of all six are applied, then exits 0; exits 1 when they are not within
 * AWAIT_MIGRATIONS_TIMEOUT_SECONDS. Kubernetes runs it as each subgraph's init container, so a new pod
 * starts only after the release's migration Job has finished (deploy/kubernetes), instead of crashing
 * and backing off. It connects as the application role and only reads `_prisma_migrations`.
 */
const names = subgraphs.map((subgraph) => subgraph.name) as [SubgraphName, ...SubgraphName[]];

export const awaitConfigSchema = z.object({
  DATABASE_URL: z
    .string({ error: "is required: the PostgreSQL server of the subgraph schemas, e.g. postgresql://silta_app@db:5432/silta" })
    .pipe(configFields.postgresUrl),
  /** One subgraph's schema; unset waits for all of them. */
  DATABASE_SCHEMA: z.enum(names).optional(),
  AWAIT_MIGRATIONS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(600),
  AWAIT_MIGRATIONS_INTERVAL_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
});

export type AwaitConfig = z.infer<typeof awaitConfigSchema>;

/** The first reason the schema is not ready yet, or null when every migration is applied unchanged. */
async function pendingReason(url: string, name: SubgraphName): Promise<string | null> {
  let database: Database | undefined;
  try {
    database = await openPostgres({ url, schema: name, poolSize: 1 });
    await verifyMigrations(database.sql, migrationsDir(name));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await database?.close().catch(() => undefined);
  }
}

export async function awaitMigrations(config: AwaitConfig, say: (line: string) => void): Promise<boolean> {
  const waitingFor: SubgraphName[] = config.DATABASE_SCHEMA ? [config.DATABASE_SCHEMA] : [...names];
  const deadline = Date.now() + config.AWAIT_MIGRATIONS_TIMEOUT_SECONDS * 1000;
  let lastReason = "";
  for (;;) {
    for (const name of [...waitingFor]) {
      const reason = await pendingReason(config.DATABASE_URL, name);
      if (reason === null) {
        waitingFor.splice(waitingFor.indexOf(name), 1);
        say(`${name}: migrations applied`);
      } else if (reason !== lastReason) {
        // Say each new reason once, not every poll: the log of a waiting pod stays readable.
        say(`${name}: waiting (${reason})`);
        lastReason = reason;
      }
    }
    if (waitingFor.length === 0) return true;
    if (Date.now() >= deadline) {
      say(`Gave up after ${config.AWAIT_MIGRATIONS_TIMEOUT_SECONDS} s: ${waitingFor.join(", ")} not migrated (${lastReason})`);
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, config.AWAIT_MIGRATIONS_INTERVAL_MS));
  }
}

if (require.main === module) {
  const config = loadConfig(awaitConfigSchema);
  awaitMigrations(config, (line) => console.log(line)).then(
    (ready) => process.exit(ready ? 0 : 1),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
