import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { PLATFORM_MIGRATIONS_DIR, readMigrations } from "@silta/kernel";
import { describeMigration, migrateSubgraphs, migrationsDir, type SubgraphDatabases } from "./migrate";
import { subgraphs } from "./subgraphs";

describe("migrateSubgraphs", () => {
  const created: TestDatabase[] = [];
  let databases: SubgraphDatabases;

  beforeAll(async () => {
    const entries = await Promise.all(
      subgraphs.map(async ({ name }) => {
        const test = await createTestDatabase(`migrate_${name}`);
        created.push(test);
        return [name, test.database] as const;
      }),
    );
    databases = Object.fromEntries(entries) as SubgraphDatabases;
  });

  afterAll(async () => {
    await Promise.all(created.map((test) => test.drop()));
  });

  it("applies every subgraph's migrations once, and says so; a second run finds nothing to do", async () => {
    const first: string[] = [];
    await migrateSubgraphs(databases, (name, result) => first.push(describeMigration(name, result)));
    const platform = readMigrations(PLATFORM_MIGRATIONS_DIR).map((migration) => migration.name);
    const counts = Object.fromEntries(
      subgraphs.map(({ name }) => [name, platform.length + readMigrations(migrationsDir(name)).length]),
    );
    // The platform's tables first (kernel/migrations), then the subgraph's own from its init.
    expect(first).toEqual(
      subgraphs.map(({ name }) =>
        expect.stringMatching(
          new RegExp(
            `^${name} +applied ${platform.join(", ")}, \\d{14}_init(, \\d{14}_\\w+){${counts[name]! - platform.length - 1}}; 0 already applied$`,
          ),
        ),
      ),
    );

    const second: string[] = [];
    await migrateSubgraphs(databases, (name, result) => second.push(describeMigration(name, result)));
    expect(second).toEqual(
      subgraphs.map(({ name }) =>
        expect.stringMatching(new RegExp(`^${name} +up to date \\(${counts[name]} already applied\\)$`)),
      ),
    );
    const [client] = await databases.clients.sql.query<{ exists: boolean }>(`SELECT to_regclass('client') IS NOT NULL AS exists`);
    expect(client?.exists).toBe(true);
  });

  const privileges = async (role: string, name: keyof SubgraphDatabases, table: string) => {
    const qualified = `"${databases[name].schema}".${table}`;
    const [row] = await databases[name].sql.query<Record<string, boolean>>(
      `SELECT ${["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"]
        .map((privilege) => `has_table_privilege($2, $1, '${privilege}') AS "${privilege}"`)
        .join(", ")}`,
      [qualified, role],
    );
    return row;
  };
  const nothing = { SELECT: false, INSERT: false, UPDATE: false, DELETE: false, TRUNCATE: false };

  it("grants the application role its privileges per schema: on the access log only SELECT and INSERT", async () => {
    await migrateSubgraphs(databases, () => undefined, {
      application: { role: "silta_app_test" },
      audit: { role: "silta_audit_test" },
    });
    expect(await privileges("silta_app_test", "consents", "access_log")).toEqual({
      SELECT: true,
      INSERT: true,
      UPDATE: false,
      DELETE: false,
      TRUNCATE: false,
    });
    expect(await privileges("silta_app_test", "clients", "client")).toEqual({
      SELECT: true,
      INSERT: true,
      UPDATE: true,
      DELETE: true,
      TRUNCATE: false,
    });
  });

  it("grants the audit role the reading of the access log's tables and nothing else, in any schema", async () => {
    for (const table of ["access_log", "access_log_context", "access_log_seal", "access_log_entries"])
      expect(await privileges("silta_audit_test", "consents", table)).toEqual({ ...nothing, SELECT: true });
    // Not the consents themselves, nor any other subgraph's client data, nor the migrations' record.
    for (const [name, table] of [
      ["consents", "consent"],
      ["consents", "_prisma_migrations"],
      ["clients", "client"],
      ["fit", "measurement"],
    ] as const)
      expect(await privileges("silta_audit_test", name, table)).toEqual(nothing);
  });
});
