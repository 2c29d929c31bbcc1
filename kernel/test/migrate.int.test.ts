import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { migrate, PLATFORM_MIGRATIONS_DIR, readMigrations } from "../src";

/** Applied first in every schema (kernel/migrations). */
const platform = readMigrations(PLATFORM_MIGRATIONS_DIR).map((migration) => migration.name);

function migrationsFolder(migrations: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "silta-migrations-"));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("the migrator", () => {
  let testDb: TestDatabase;
  beforeEach(async () => {
    testDb = await createTestDatabase("migrator");
  });
  afterEach(() => testDb.drop());

  it("applies pending migrations in order once, and records them where prisma migrate expects them", async () => {
    const dir = migrationsFolder({
      "20260101000000_first": `CREATE TABLE thing (id int primary key);`,
      "20260102000000_second": `ALTER TABLE thing ADD COLUMN name text;`,
    });
    expect(await migrate(testDb.database.sql, dir)).toEqual({
      applied: [...platform, "20260101000000_first", "20260102000000_second"],
      alreadyApplied: 0,
    });
    expect(await migrate(testDb.database.sql, dir)).toEqual({ applied: [], alreadyApplied: platform.length + 2 });
    const recorded = await testDb.database.sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    );
    expect(recorded.map((row) => row.migration_name)).toEqual(["20260101000000_first", "20260102000000_second"]);
    expect(recorded[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("leaves nothing behind when a migration fails", async () => {
    const dir = migrationsFolder({
      "20260101000000_first": `CREATE TABLE thing (id int primary key);`,
      "20260102000000_broken": `ALTER TABLE no_such_table ADD COLUMN name text;`,
    });
    await expect(migrate(testDb.database.sql, dir)).rejects.toThrow(/no_such_table/);
    const tables = await testDb.database.sql.query(
      `SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'thing'`,
      [testDb.database.schema],
    );
    expect(tables).toHaveLength(0);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const dir = migrationsFolder({ "20260101000000_first": `CREATE TABLE thing (id int primary key);` });
    await migrate(testDb.database.sql, dir);
    writeFileSync(join(dir, "20260101000000_first", "migration.sql"), `CREATE TABLE thing (id bigint primary key);`);
    await expect(migrate(testDb.database.sql, dir)).rejects.toThrow(/was changed after it was applied/);
  });
});
