import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Sql } from "./Database";
import { PLATFORM_MIGRATIONS_DIR, PLATFORM_MIGRATIONS_TABLE, platformMigrationState } from "./platformMigrations";
import { isRewrittenByPlatformMove } from "./platformMove";

/**
 * Applies the platform migrations (kernel/migrations, recorded in `_platform_migrations`), then the
 * subgraph's `prisma/migrations/<timestamp>_<name>/migration.sql` in order, recorded in Prisma's own
 * `_prisma_migrations` table, so `prisma migrate deploy` stays usable wherever Prisma's schema
 * engine binary can be had, while Silta needs nothing but the npm registry (see docs/decisions).
 */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  /** Platform migrations first, then the subgraph's own, in the order applied. */
  applied: string[];
  alreadyApplied: number;
}

const SUBGRAPH_MIGRATIONS_TABLE = "_prisma_migrations";

const migrationsTable = (table: string) => `
CREATE TABLE IF NOT EXISTS "${table}" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Any constant works; it only has to be the same for every replica migrating the same schema. */
const MIGRATION_LOCK_KEY = 72_631_001;

export function readMigrations(migrationsDir: string): Migration[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export async function migrate(sql: Sql, migrationsDir: string): Promise<MigrationReport> {
  const platform = readMigrations(PLATFORM_MIGRATIONS_DIR);
  const own = readMigrations(migrationsDir);
  return sql.transaction(async (tx) => {
    // A migration may rewrite a large table: the request-sized statement timeout of a subgraph's pool does not apply.
    await tx.query("SET LOCAL statement_timeout = 0");
    // Replicas starting together queue here instead of applying the same migration twice.
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    const report: MigrationReport = { applied: [], alreadyApplied: 0 };
    await applyPending(tx, PLATFORM_MIGRATIONS_TABLE, platform, report);
    await applyPending(tx, SUBGRAPH_MIGRATIONS_TABLE, own, report);
    return report;
  });
}

async function appliedMigrations(sql: Sql, table: string): Promise<Map<string, string>> {
  const rows = await sql.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "${table}" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
  );
  return new Map(rows.map((row) => [row.migration_name, row.checksum]));
}

async function applyPending(tx: Sql, table: string, migrations: Migration[], report: MigrationReport): Promise<void> {
  await tx.exec(migrationsTable(table));
  const applied = await appliedMigrations(tx, table);
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        if (!isRewrittenByPlatformMove(migration.name, checksum, migration.checksum)) throw changedAfterApplied(migration.name);
        await tx.query(`UPDATE "${table}" SET checksum = $1, logs = $2 WHERE migration_name = $3 AND checksum = $4`, [
          migration.checksum,
          "checksum updated: the platform tables this migration created moved to kernel/migrations",
          migration.name,
          checksum,
        ]);
      }
      report.alreadyApplied += 1;
      continue;
    }
    // Only platform migrations may find their objects already made (by a subgraph migration of before the move).
    const adopt =
      table === PLATFORM_MIGRATIONS_TABLE && (await platformMigrationState(tx, migration.name, migration.sql)) === "adopt";
    if (!adopt) await tx.exec(migration.sql);
    await tx.query(
      `INSERT INTO "${table}" (id, checksum, migration_name, finished_at, applied_steps_count, logs) VALUES ($1, $2, $3, now(), 1, $4)`,
      [
        randomUUID(),
        migration.checksum,
        migration.name,
        adopt ? "adopted: its objects were created by the subgraph's own migrations" : null,
      ],
    );
    if (adopt) report.alreadyApplied += 1;
    else report.applied.push(migration.name);
  }
}

function changedAfterApplied(name: string): Error {
  return new Error(`Migration ${name} was changed after it was applied. Never edit an applied migration: add a new one.`);
}

/**
 * For a process connected as the application role of servers mode, which may not create tables:
 * checks that every migration is applied (by `npm run db:migrate`, as the owner) and unchanged,
 * instead of applying them. Throws naming the first one missing.
 */
export async function verifyMigrations(sql: Sql, migrationsDir: string): Promise<MigrationReport> {
  let alreadyApplied = 0;
  const checks: [string, Migration[]][] = [
    [PLATFORM_MIGRATIONS_TABLE, readMigrations(PLATFORM_MIGRATIONS_DIR)],
    [SUBGRAPH_MIGRATIONS_TABLE, readMigrations(migrationsDir)],
  ];
  for (const [table, migrations] of checks) {
    const [exists] = await sql.query<{ exists: boolean }>(`SELECT to_regclass('"${table}"') IS NOT NULL AS exists`);
    const applied = exists?.exists ? await appliedMigrations(sql, table) : new Map<string, string>();
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum === undefined) {
        throw new Error(
          `Migration ${migration.name} is not applied, and this role may not apply it: run npm run db:migrate as the owner role first.`,
        );
      }
      if (checksum !== migration.checksum) throw new Error(`Migration ${migration.name} was changed after it was applied.`);
    }
    alreadyApplied += applied.size;
  }
  return { applied: [], alreadyApplied };
}

/**
 * Applies the pending migrations when the connected role may create objects in the schema (its
 * owner, development, the embedded database); otherwise (the application role) only verifies them.
 */
export async function migrateOrVerify(sql: Sql, schema: string, migrationsDir: string): Promise<MigrationReport> {
  const [privilege] = await sql.query<{ create: boolean }>(`SELECT has_schema_privilege(current_user, $1, 'CREATE') AS create`, [
    schema,
  ]);
  return privilege?.create ? migrate(sql, migrationsDir) : verifyMigrations(sql, migrationsDir);
}
