import { randomUUID } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { migrate, readMigrations, verifyMigrations, type Migration, type Sql } from "@silta/kernel";
import { createTestDatabase, databaseSchemaShape, type TestDatabase } from "@silta/testkit";
import { migrationsDir } from "./migrate";
import { subgraphs, type SubgraphName } from "./subgraphs";

/**
 * Main's migrations until the platform tables moved into the kernel (kernel/migrations): the files
 * the move rewrote or deleted, as they were, in scripts/test/migrationsBeforePlatformMove/<subgraph>/.
 * With the files the move left alone they are exactly what a database of before the move applied.
 */
const BEFORE_MOVE = join(__dirname, "test", "migrationsBeforePlatformMove");

function migrationsBeforeMove(name: SubgraphName): Migration[] {
  const earlier = existsSync(join(BEFORE_MOVE, name)) ? readMigrations(join(BEFORE_MOVE, name)) : [];
  const byName = new Map(readMigrations(migrationsDir(name)).map((migration) => [migration.name, migration]));
  for (const migration of earlier) byName.set(migration.name, migration);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** What main's migrator did: each migration run and recorded in `_prisma_migrations`, nothing else. */
async function migrateAsBeforeMove(sql: Sql, migrations: Migration[]): Promise<void> {
  await sql.exec(`CREATE TABLE "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
  for (const migration of migrations) {
    await sql.exec(migration.sql);
    await sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
  }
}

/** What databaseSchemaShape leaves out and the export relies on: functions and triggers. */
async function routinesAndTriggers(sql: Sql, schema: string): Promise<string[]> {
  const rows = await sql.query<{ description: string }>(
    `SELECT 'function ' || p.proname AS description FROM pg_proc p WHERE p.pronamespace = $1::regnamespace
     UNION ALL
     SELECT 'trigger ' || t.tgname || ' on ' || c.relname || ' calls ' || p.proname
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE c.relnamespace = $1::regnamespace AND NOT t.tgisinternal AND NOT c.relispartition
     ORDER BY 1`,
    [schema],
  );
  return rows.map((row) => row.description);
}

const platformMigrations = (report: string[]) => report.filter((name) => name.includes("_platform_"));

describe.each(subgraphs.map(({ name }) => name))("a %s schema migrated before the platform move", (name) => {
  const opened: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((test) => test.drop()));
  });

  it("migrates to the new layout without running an old migration again or losing a row, and equals a fresh schema", async () => {
    const old = await createTestDatabase(`move_${name}`);
    opened.push(old);
    const sql = old.database.sql;
    await migrateAsBeforeMove(sql, migrationsBeforeMove(name));
    const eventId = randomUUID();
    await sql.query(
      `INSERT INTO outbox_event (event_id, type, aggregate_type, aggregate_id, actor_id, data, aggregate_version)
       VALUES ($1, 'Test.Happened', 'Test', 'a-1', 'tester', '{}', 1)`,
      [eventId],
    );
    await sql.query(`INSERT INTO aggregate_version (aggregate_type, aggregate_id, version) VALUES ('Test', 'a-1', 1)`);

    const report = await migrate(sql, migrationsDir(name));

    // Only what the old schema never had runs: processed events where no consumer needed them,
    // idempotency keys and the export's trigger function where the subgraph did not use them.
    const missingBefore: Partial<Record<SubgraphName, string[]>> = {
      teams: ["20261101000100_platform_processed_event"],
      fit: ["20261101000100_platform_processed_event"],
      integration: ["20261101000200_platform_idempotency_key", "20261101000300_platform_export_change_tracking"],
    };
    expect(report.applied).toEqual(missingBefore[name] ?? []);
    expect(platformMigrations(report.applied)).toEqual(report.applied);
    const [event] = await sql.query<{ type: string }>(`SELECT type FROM outbox_event WHERE event_id = $1`, [eventId]);
    expect(event).toEqual({ type: "Test.Happened" });
    expect(await sql.query(`SELECT version FROM aggregate_version WHERE aggregate_id = 'a-1'`)).toEqual([{ version: 1 }]);

    const fresh = await createTestDatabase(`fresh_${name}`, migrationsDir(name));
    opened.push(fresh);
    expect(await databaseSchemaShape(sql, old.database.schema)).toEqual(
      await databaseSchemaShape(fresh.database.sql, fresh.database.schema),
    );
    expect(await routinesAndTriggers(sql, old.database.schema)).toEqual(
      await routinesAndTriggers(fresh.database.sql, fresh.database.schema),
    );

    // Settled: a second run finds nothing, and a service's verification accepts the records.
    expect((await migrate(sql, migrationsDir(name))).applied).toEqual([]);
    await expect(verifyMigrations(sql, migrationsDir(name))).resolves.toMatchObject({ applied: [] });
  });
});

describe("the platform migrations on a schema changed by hand", () => {
  it("refuse to adopt half of what one creates, naming what is missing", async () => {
    const test = await createTestDatabase("move_partial");
    try {
      await test.database.sql.exec(`CREATE TABLE "outbox_event" ("id" BIGSERIAL PRIMARY KEY)`);
      await expect(migrate(test.database.sql, migrationsDir("clients"))).rejects.toThrow(
        /20261101000000_platform_event_outbox finds part of what it creates already in the schema, without aggregate_version, outbox_event_event_id_key/,
      );
    } finally {
      await test.drop();
    }
  });
});

it("keeps the earlier texts of every migration the move rewrote or deleted", () => {
  expect(readdirSync(BEFORE_MOVE).sort()).toEqual(subgraphs.map(({ name }) => name).sort());
});
