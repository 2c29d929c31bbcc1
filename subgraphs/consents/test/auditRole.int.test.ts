import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { grantApplicationRole, grantAuditRole, openPostgres, type Database } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, testDatabaseUrl, type TestDatabase } from "@silta/testkit";
import { subgraphEntry } from "@silta/registry";
import { consentsSubgraph } from "../src";
import { sealAccessLog } from "../src/access/accessLogSealer";
import { createPrisma } from "../src/data/db";
import { buildAccessWorld } from "./accessWorld";

/** Cluster-wide, so shared by every run and test file; created idempotently, granted per schema. */
const AUDIT_ROLE = "silta_audit_test";
const APP_ROLE = "silta_app_test";
const root = join(__dirname, "..", "..", "..");

/**
 * The role the access log's verification runs as (the CronJob `silta-audit-verify`, `npm run
 * db:migrate` grants it): it verifies the log with the very command the CronJob runs, and it can
 * neither write the log nor read anything else of the schema.
 */
describe("the access log's verification connected as the audit role", () => {
  let owner: TestDatabase;
  let audit: Database;
  let auditUrl: string;

  beforeAll(async () => {
    owner = await createTestDatabase("consents_audit_role", consentsSubgraph.migrationsDir);
    const appendOnlyTables = subgraphEntry("consents").appendOnlyTables;
    await grantApplicationRole(owner.database.sql, { schema: owner.database.schema, role: APP_ROLE, appendOnlyTables });
    await grantAuditRole(owner.database.sql, { schema: owner.database.schema, role: AUDIT_ROLE, tables: appendOnlyTables });
    // A log to verify: a worker's reads, through the subgraph, sealed.
    const world = await buildAccessWorld(owner.database.sql, 2);
    const harness = await startSubgraph(consentsSubgraph, owner.database);
    try {
      const listed = await harness.query(
        `query ($clientId: ID!) { clientConsents(clientId: $clientId) { id } }`,
        { clientId: world.clients[0] },
        professional(world.county, { id: world.socialWorker }),
      );
      expect(listed.errors).toBeUndefined();
    } finally {
      await harness.stop();
    }
    const prisma = createPrisma(owner.database);
    await sealAccessLog(prisma, { wait: true }).finally(() => prisma.$disconnect());
    const url = new URL(testDatabaseUrl());
    url.username = AUDIT_ROLE;
    url.password = "";
    auditUrl = url.toString();
    audit = await openPostgres({ url: auditUrl, schema: owner.database.schema, poolSize: 1 });
  });

  afterAll(async () => {
    await audit?.close();
    await owner?.drop();
  });

  it("verifies the log with the CronJob's command, writing the checkpoint, and again after it", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "silta-audit-role-")), "checkpoint.json");
    const verify = (...options: string[]) =>
      promisify(execFile)("npx", ["tsx", join(root, "subgraphs/consents/src/audit/main.ts"), "--checkpoint", file, ...options], {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: auditUrl,
          DATABASE_SCHEMA: owner.database.schema,
          AUDIT_CHECKPOINT_KEY: "test-only-audit-checkpoint-key-0123456789",
        },
      });
    const cronJobs = ["--since-checkpoint", "--slice-seconds", "900", "--whole-every", "7"];
    const whole = await verify(...cronJobs);
    expect(whole.stdout).toMatch(/^OK: access log of .* intact, [1-9]\d* entries checked in 1 seals/);
    expect(whole.stdout).toContain(`Checkpoint written to ${file}`);
    // The next hour's run: after the checkpoint, and a slice of the next walk of the whole log.
    const since = await verify(...cronJobs);
    expect(since.stdout).toMatch(/^OK: access log of .* intact after the checkpoint/);
    expect(since.stdout).toMatch(/The walk of the whole log begun .* walked seals 1 to 1 .* and reached the checkpoint's seal 1/);
  }, 120_000); // two runs of the command, cold tsx starts

  it("is that role, and may append nothing to the log nor change it", async () => {
    const [me] = await audit.sql.query<{ current_user: string }>(`SELECT current_user`);
    expect(me?.current_user).toBe(AUDIT_ROLE);
    const [entry] = await audit.sql.query<{ id: string }>(`SELECT id::text AS id FROM access_log LIMIT 1`);
    expect(entry).toBeDefined();
    const denied = /permission denied for table access_log/;
    await expect(
      audit.sql.query(`INSERT INTO access_log (at, client_id, items, hash) VALUES (now(), 'probe', '[]', 'x')`),
    ).rejects.toThrow(denied);
    await expect(audit.sql.query(`UPDATE access_log SET hash = 'x' WHERE id = $1`, [entry!.id])).rejects.toThrow(denied);
    await expect(audit.sql.query(`DELETE FROM access_log_seal`)).rejects.toThrow(/permission denied for table access_log_seal/);
    await expect(audit.sql.query(`INSERT INTO access_log_context (at, hash) VALUES (now(), 'x')`)).rejects.toThrow(
      /permission denied for table access_log_context/,
    );
  });

  it("reads nothing of the schema but the log: not the consents, the projection, the outbox or the migrations", async () => {
    for (const table of ["consent", "access_team_client", "outbox_event", "_prisma_migrations"])
      await expect(audit.sql.query(`SELECT 1 FROM "${table}" LIMIT 1`)).rejects.toThrow(/permission denied/);
    await expect(audit.sql.query(`CREATE TABLE sneaky (id int)`)).rejects.toThrow(/permission denied/);
  });

  it("loses what it was granted on a table that leaves the list when granted again", async () => {
    await grantAuditRole(owner.database.sql, { schema: owner.database.schema, role: AUDIT_ROLE, tables: ["access_log_seal"] });
    try {
      await expect(audit.sql.query(`SELECT 1 FROM access_log LIMIT 1`)).rejects.toThrow(/permission denied/);
      await expect(audit.sql.query(`SELECT 1 FROM access_log_seal LIMIT 1`)).resolves.toBeDefined();
    } finally {
      const tables = subgraphEntry("consents").appendOnlyTables;
      await grantAuditRole(owner.database.sql, { schema: owner.database.schema, role: AUDIT_ROLE, tables });
    }
  });

  it("is refused as the migrating role itself, and under a name that is not a plain SQL identifier", async () => {
    const [me] = await owner.database.sql.query<{ current_user: string }>(`SELECT current_user`);
    await expect(
      grantAuditRole(owner.database.sql, { schema: owner.database.schema, role: me!.current_user, tables: ["access_log"] }),
    ).rejects.toThrow(`the audit role ${me!.current_user} is the role migrating`);
    await expect(
      grantAuditRole(owner.database.sql, { schema: owner.database.schema, role: "Not-An-Identifier", tables: ["access_log"] }),
    ).rejects.toThrow("Not-An-Identifier is not a lower-case SQL identifier");
  });
});
