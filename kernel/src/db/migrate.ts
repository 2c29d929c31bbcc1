import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Sql } from "./Database";

/**
 * Applies `prisma/migrations/<timestamp>_<name>/migration.sql` in order and records them in Prisma's
 * own `_prisma_migrations` table, so `prisma migrate deploy` stays usable wherever Prisma's schema
 * engine binary can be had, while Silta needs nothing but the npm registry (see docs/decisions).
 */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
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
  const migrations = readMigrations(migrationsDir);
  return sql.transaction(async (tx) => {
    // A migration may rewrite a large table: the request-sized statement timeout of a subgraph's pool does not apply.
    await tx.query("SET LOCAL statement_timeout = 0");
    // Replicas starting together queue here instead of applying the same migration twice.
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.exec(MIGRATIONS_TABLE);
    const rows = await tx.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const report: MigrationReport = { applied: [], alreadyApplied: 0 };
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied. Never edit an applied migration: add a new one.`,
          );
        }
        report.alreadyApplied += 1;
        continue;
      }
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      report.applied.push(migration.name);
    }
    return report;
  });
}

/**
 * For a process connected as the application role of servers mode, which may not create tables:
 * checks that every migration is applied (by `npm run db:migrate`, as the owner) and unchanged,
 * instead of applying them. Throws naming the first one missing.
 */
export async function verifyMigrations(sql: Sql, migrationsDir: string): Promise<MigrationReport> {
  const [table] = await sql.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
  const rows = table?.exists
    ? await sql.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
      )
    : [];
  const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  for (const migration of readMigrations(migrationsDir)) {
    const checksum = applied.get(migration.name);
    if (checksum === undefined) {
      throw new Error(
        `Migration ${migration.name} is not applied, and this role may not apply it: run npm run db:migrate as the owner role first.`,
      );
    }
    if (checksum !== migration.checksum) throw new Error(`Migration ${migration.name} was changed after it was applied.`);
  }
  return { applied: [], alreadyApplied: applied.size };
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
