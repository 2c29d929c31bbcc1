import { randomUUID } from "node:crypto";
import { grantApplicationRole, migrateOrVerify, openPostgres, type Database, type Sql } from "@silta/kernel";
import {
  createTestDatabase,
  professional,
  startSubgraph,
  testDatabaseUrl,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { sealAccessLog } from "../src/access/accessLogSealer";
import { createPrisma } from "../src/data/db";
import { subgraphEntry } from "@silta/registry";
import { buildAccessWorld, logRows, type AccessWorld } from "./accessWorld";

/** Cluster-wide, so shared by every run and test file; created idempotently, granted per schema. */
const APP_ROLE = "silta_app_test";

const recordConsent = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id isActive } }`;
const clientConsents = `query ($clientId: ID!) { clientConsents(clientId: $clientId) { id purpose } }`;

/**
 * Servers mode as `npm run db:migrate` sets it up: the migrator (the owner) migrates the schema and
 * grants the application role; the consents service runs connected as that role, which may append to
 * the access log but not change it, whatever happens to the triggers.
 */
describe("the consents service connected as the application role", () => {
  let owner: TestDatabase;
  let app: Database;
  let harness: SubgraphHarness;
  let world: AccessWorld;

  beforeAll(async () => {
    owner = await createTestDatabase("consents_app_role", consentsSubgraph.migrationsDir);
    await grantApplicationRole(owner.database.sql, {
      schema: owner.database.schema,
      role: APP_ROLE,
      appendOnlyTables: subgraphEntry("consents").appendOnlyTables,
    });
    world = await buildAccessWorld(owner.database.sql, 2);
    const url = new URL(testDatabaseUrl());
    url.username = APP_ROLE;
    url.password = "";
    app = await openPostgres({ url: url.toString(), schema: owner.database.schema, poolSize: 2 });
    harness = await startSubgraph(consentsSubgraph, app);
  });

  afterAll(async () => {
    await harness?.stop();
    await app?.close();
    await owner?.drop();
  });

  const socialWorker = () => professional(world.county, { id: world.socialWorker });
  const firstEntry = async (sql: Sql) =>
    (await sql.query<{ id: string }>(`SELECT id::text AS id FROM access_log ORDER BY access_log.id LIMIT 1`))[0]!;

  it("is really that role, owns nothing, and only verifies the migrations at start-up", async () => {
    const [me] = await app.sql.query<{ current_user: string; owner: string }>(
      `SELECT current_user, tableowner AS owner FROM pg_tables WHERE schemaname = $1 AND tablename = 'access_log'`,
      [app.schema],
    );
    expect(me?.current_user).toBe(APP_ROLE);
    expect(me?.owner).not.toBe(APP_ROLE);
    await expect(migrateOrVerify(app.sql, app.schema, consentsSubgraph.migrationsDir)).resolves.toMatchObject({ applied: [] });
  });

  it("serves the consents subgraph end to end, writing the access log as it goes", async () => {
    const [client] = world.clients as [string];
    const recorded = await harness.query<{ recordConsent: { id: string; isActive: boolean } }>(
      recordConsent,
      {
        input: {
          clientId: client,
          recipientOrganizationIds: [world.city],
          categories: ["SERVICE_PLAN"],
          purpose: "Client team work with the school",
          form: "WRITTEN",
          evidenceReference: "DOC-1",
          validFrom: "2020-01-01",
        },
      },
      socialWorker(),
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordConsent.isActive).toBe(true);
    const listed = await harness.query<{ clientConsents: { id: string }[] }>(
      clientConsents,
      { clientId: client },
      socialWorker(),
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.clientConsents.map((consent) => consent.id)).toEqual([recorded.data!.recordConsent.id]);
    const entries = await logRows(owner.database.sql, { clientId: client });
    // The grant (the consent the mutation answers with is what it wrote: no read decision), then the list.
    expect(entries.map((entry) => [entry.action, entry.outcome])).toEqual([
      ["grant", "allowed"],
      ["read", "allowed"],
    ]);
  });

  it("may INSERT into the access log but gets permission denied for UPDATE, DELETE and TRUNCATE", async () => {
    const { id } = await firstEntry(app.sql);
    const denied = /permission denied for table access_log/;
    await expect(app.sql.query(`UPDATE access_log SET hash = 'x' WHERE id = $1`, [id])).rejects.toThrow(denied);
    await expect(app.sql.query(`DELETE FROM access_log WHERE id = $1`, [id])).rejects.toThrow(denied);
    await expect(app.sql.query(`TRUNCATE access_log`)).rejects.toThrow(denied);
    // Nor can it take the triggers away first: only the owner may alter the table.
    await expect(app.sql.query(`ALTER TABLE access_log DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner/);
    await expect(app.sql.query(`DROP TRIGGER access_log_append_only_rows ON access_log`)).rejects.toThrow(/must be owner/);

    const before = await logRows(owner.database.sql, {});
    await app.sql.query(
      `INSERT INTO access_log (at, viewer_id, viewer_kind, client_id, request_id, source, items, hash)
       VALUES (now(), 'probe', 'system', $1, $2, 'test', '[{"category":"basic","action":"read","outcome":"denied","basis":"probe"}]', 'y')`,
      [randomUUID(), randomUUID()],
    );
    expect(await logRows(owner.database.sql, {})).toHaveLength(before.length + 1);
  });

  it("reaches the log's rows through the log only: no partition, and no seal, may be changed", async () => {
    const partitions = await owner.database.sql.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_partition_tree('access_log') p JOIN pg_class c ON c.oid = p.relid WHERE p.level > 0`,
    );
    expect(partitions.length).toBeGreaterThan(1);
    for (const { name } of partitions) {
      await expect(app.sql.query(`DELETE FROM ${name}`)).rejects.toThrow(/permission denied/);
      await expect(app.sql.query(`SELECT 1 FROM ${name} LIMIT 1`)).rejects.toThrow(/permission denied/);
    }
    // The sealer as the service runs it: on the application role's connection, through Prisma.
    const appPrisma = createPrisma(app);
    await sealAccessLog(appPrisma, { wait: true }).finally(() => appPrisma.$disconnect());
    const [seal] = await app.sql.query<{ seq: string }>(
      `SELECT seq::text AS seq FROM access_log_seal ORDER BY access_log_seal.seq LIMIT 1`,
    );
    expect(seal).toBeDefined();
    const denied = /permission denied for table access_log_seal/;
    await expect(app.sql.query(`UPDATE access_log_seal SET hash = 'x' WHERE seq = $1`, [seal!.seq])).rejects.toThrow(denied);
    await expect(app.sql.query(`DELETE FROM access_log_seal WHERE seq = $1`, [seal!.seq])).rejects.toThrow(denied);
    await expect(app.sql.query(`TRUNCATE access_log_seal`)).rejects.toThrow(denied);
    await expect(app.sql.query(`DELETE FROM access_log_v1`)).rejects.toThrow(/permission denied for table access_log_v1/);
  });

  it("may append the contexts of the log's entries, and change none of them, nor reach their partitions", async () => {
    const [context] = await app.sql.query<{ id: string }>(`SELECT id::text AS id FROM access_log_context LIMIT 1`);
    expect(context).toBeDefined();
    const denied = /permission denied for table access_log_context/;
    await expect(app.sql.query(`UPDATE access_log_context SET purpose = 'x' WHERE id = $1`, [context!.id])).rejects.toThrow(
      denied,
    );
    await expect(app.sql.query(`DELETE FROM access_log_context WHERE id = $1`, [context!.id])).rejects.toThrow(denied);
    await expect(app.sql.query(`TRUNCATE access_log_context`)).rejects.toThrow(denied);
    // The view of entries with their contexts is read only, by privilege too.
    const [view] = await owner.database.sql.query<{ update: boolean; select: boolean }>(
      `SELECT has_table_privilege($1, format('%I.access_log_entries', $2::text), 'UPDATE') AS update,
              has_table_privilege($1, format('%I.access_log_entries', $2::text), 'SELECT') AS select`,
      [APP_ROLE, owner.database.schema],
    );
    expect(view).toEqual({ update: false, select: true });
    const partitions = await owner.database.sql.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_partition_tree('access_log_context') p JOIN pg_class c ON c.oid = p.relid WHERE p.level > 0`,
    );
    expect(partitions.length).toBeGreaterThan(1);
    for (const { name } of partitions) await expect(app.sql.query(`DELETE FROM ${name}`)).rejects.toThrow(/permission denied/);
  });

  it("may not write the migrations' record or create tables in its schema", async () => {
    await expect(app.sql.query(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
    await expect(app.sql.query(`CREATE TABLE sneaky (id int)`)).rejects.toThrow(/permission denied/);
  });

  it("is granted again idempotently, by concurrent migrators too", async () => {
    const grant = () =>
      grantApplicationRole(owner.database.sql, {
        schema: owner.database.schema,
        role: APP_ROLE,
        appendOnlyTables: subgraphEntry("consents").appendOnlyTables,
      });
    await expect(Promise.all([grant(), grant()])).resolves.toBeDefined();
    await expect(app.sql.query(`DELETE FROM access_log`)).rejects.toThrow(/permission denied/);
  });
});
