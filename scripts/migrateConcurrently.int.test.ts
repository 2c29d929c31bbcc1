import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { readMigrations } from "@silta/kernel";
import { testPostgresUrl } from "@silta/testkit";
import { awaitMigrations } from "./awaitMigrations";
import { migrationsDir } from "./migrate";
import { subgraphs } from "./subgraphs";

const run = promisify(execFile);
const root = join(__dirname, "..");

/**
 * Several replicas (or a Job retried while the first run still holds the lock) start the migrator at
 * once on an empty database, as a platform does on the first release: each migration must be applied
 * exactly once, and no run may fail on the race (schema or role creation, the `_prisma_migrations` table).
 */
describe("npm run db:migrate started five times at once", () => {
  const suffix = randomBytes(4).toString("hex");
  const database = `silta_migrate_race_${suffix}`;
  const role = `silta_app_race_${suffix}`;
  const admin = new Client({ connectionString: testPostgresUrl });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
  });

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  const url = new URL(testPostgresUrl);
  url.pathname = `/${database}`;
  const awaitSettings = { DATABASE_URL: url.toString(), AWAIT_MIGRATIONS_INTERVAL_MS: 200 };

  it("lets the init container give up on an empty database, naming the schemas not migrated", async () => {
    const said: string[] = [];
    const ready = await awaitMigrations({ ...awaitSettings, AWAIT_MIGRATIONS_TIMEOUT_SECONDS: 1 }, (line) => said.push(line));
    expect(ready).toBe(false);
    expect(said.at(-1)).toMatch(/^Gave up after 1 s: clients, teams, consents, fit, training, integration not migrated/);
  });

  it("applies every subgraph's migrations once while the other runs wait, and none of them fails", async () => {
    // A subgraph pod's init container, already waiting when the migration Job starts.
    const saidWhileWaiting: string[] = [];
    const fitReady = awaitMigrations(
      { ...awaitSettings, DATABASE_SCHEMA: "fit", AWAIT_MIGRATIONS_TIMEOUT_SECONDS: 120 },
      (line) => saidWhileWaiting.push(line),
    );
    const runs = Array.from({ length: 5 }, () =>
      run(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], {
        cwd: root,
        env: { ...process.env, NODE_ENV: "test", DATABASE_URL: url.toString(), DATABASE_APP_ROLE: role },
        timeout: 120_000,
      }).then(
        ({ stdout }) => ({ ok: true, output: stdout }),
        (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ""}${error.stderr ?? ""}` }),
      ),
    );
    const results = await Promise.all(runs);
    for (const result of results) expect(result).toEqual({ ok: true, output: expect.stringContaining("Migrations done") });
    expect(await fitReady).toBe(true);
    expect(saidWhileWaiting[0]).toMatch(/^fit: waiting \(/);
    expect(saidWhileWaiting.at(-1)).toBe("fit: migrations applied");

    const migrated = new Client({ connectionString: url.toString() });
    await migrated.connect();
    try {
      for (const { name } of subgraphs) {
        const { rows } = await migrated.query<{ migration_name: string; runs: string }>(
          `SELECT migration_name, count(*) AS runs FROM "${name}"."_prisma_migrations" GROUP BY migration_name ORDER BY 1`,
        );
        expect(rows).toEqual(readMigrations(migrationsDir(name)).map((m) => ({ migration_name: m.name, runs: "1" })));
      }
      // Exactly one run applied each migration; the other four found them applied.
      const applying = results.filter((result) => /applied \d{14}_/.test(result.output));
      expect(applying.length).toBeGreaterThanOrEqual(1);
    } finally {
      await migrated.end();
    }
  }, 180_000);
});
