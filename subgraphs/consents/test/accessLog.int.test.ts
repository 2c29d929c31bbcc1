import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { promisify } from "node:util";
import { accessLogEntry, DataCategory, type Viewer } from "@silta/kernel";
import {
  clientViewer,
  createTestDatabase,
  professional,
  startSubgraph,
  testDatabaseUrl,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { AccessService } from "../src/access/AccessService";
import { verifyAccessLog } from "../src/audit/verifyAccessLog";
import { addGuardianship, buildAccessWorld, type AccessWorld } from "./accessWorld";

const run = promisify(execFile);
const root = join(__dirname, "..", "..", "..");
const accessLogQuery = `query ($clientId: ID!, $first: Int, $after: String, $from: DateTime) {
  accessLog(clientId: $clientId, first: $first, after: $after, from: $from) {
    edges { cursor node { at viewerId viewerKind category action basis outcome consentId source } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type LogPage = {
  accessLog: {
    edges: { cursor: string; node: { viewerId: string; category: string; outcome: string; basis: string; at: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

describe("the access log", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let service: AccessService;
  let world: AccessWorld;

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_log", consentsSubgraph.migrationsDir);
    world = await buildAccessWorld(testDb.database.sql, 3);
    service = new AccessService({ sql: testDb.database.sql, timeZone: "Europe/Helsinki" });
    harness = await startSubgraph(consentsSubgraph, testDb.database);
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const worker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const read = (viewer: Viewer, clientId: string, category: DataCategory = DataCategory.Basic) =>
    service.decideAndLog(viewer, [{ clientId, category, action: "read" }], { requestId: randomUUID(), source: "clients" });

  it("refuses UPDATE, DELETE and TRUNCATE of its entries, whoever the application connects as", async () => {
    await read(worker(), world.clients[0]!);
    const sql = testDb.database.sql;
    await expect(sql.query(`UPDATE access_log SET outcome = 'allowed'`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`DELETE FROM access_log`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`TRUNCATE access_log`)).rejects.toThrow(/append-only/);
  });

  it("lets a client read who read their data and on what basis, and logs that reading too", async () => {
    const [client] = world.clients as [string];
    await read(worker(), client, DataCategory.ServicePlan);
    await read(professional(world.city, { id: world.curator }), client, DataCategory.ServicePlan);
    const page = await harness.query<LogPage>(accessLogQuery, { clientId: client }, clientViewer(client));
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.accessLog.edges.map((edge) => edge.node);
    // Newest first: the client's own reading of the log, then the curator's denied read, then the worker's.
    expect(nodes.slice(0, 3).map((node) => [node.viewerId, node.category, node.outcome, node.basis])).toEqual([
      [client, "access_log", "allowed", "self"],
      [world.curator, "service_plan", "denied", "no_consent"],
      [world.socialWorker, "service_plan", "allowed", "responsible_worker"],
    ]);
  });

  it("lets a guardian read their child's log, and refuses another client and a professional without the role", async () => {
    const [child, other] = world.clients as [string, string];
    const guardian = randomUUID();
    await addGuardianship(testDb.database.sql, child, guardian);
    expect((await harness.query(accessLogQuery, { clientId: child }, clientViewer(guardian))).errors).toBeUndefined();
    const refused = await harness.query<LogPage>(accessLogQuery, { clientId: other }, clientViewer(guardian));
    // accessLog is nullable: the denial nulls the field only, with FORBIDDEN at its path.
    expect(refused.data?.accessLog ?? null).toBeNull();
    expect(refused.errors?.[0]?.path).toEqual(["accessLog"]);
    expect(refused.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const byWorker = await harness.query(accessLogQuery, { clientId: child }, worker());
    expect(byWorker.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });

  it("lets a data protection officer read any client's log, and logs the officer's query", async () => {
    const [, , client] = world.clients as [string, string, string];
    const officer = professional(world.county, { id: randomUUID(), roles: ["data_protection_officer"] });
    const page = await harness.query<LogPage>(accessLogQuery, { clientId: client }, officer);
    expect(page.errors).toBeUndefined();
    const again = await harness.query<LogPage>(accessLogQuery, { clientId: client }, clientViewer(client));
    expect(again.data!.accessLog.edges.map((edge) => edge.node)).toContainEqual(
      expect.objectContaining({
        viewerId: officer.id,
        category: "access_log",
        basis: "data_protection_officer",
        outcome: "allowed",
      }),
    );
  });

  it("covers the last two years by default and pages with cursors", async () => {
    const client = world.clients[1]!;
    const old = new Date();
    old.setUTCFullYear(old.getUTCFullYear() - 3);
    await service.log([
      accessLogEntry(
        worker(),
        { clientId: client, category: "basic", action: "read" },
        { allowed: true, basis: "old" },
        { requestId: "r", source: "clients" },
        old.toISOString(),
      ),
    ]);
    for (let index = 0; index < 3; index += 1) await read(worker(), client);
    const first = await harness.query<LogPage>(accessLogQuery, { clientId: client, first: 2 }, clientViewer(client));
    expect(first.data!.accessLog.edges).toHaveLength(2);
    expect(first.data!.accessLog.pageInfo.hasNextPage).toBe(true);
    // The cursor is sealed: it does not show the log's global sequence number.
    expect(Buffer.from(first.data!.accessLog.pageInfo.endCursor!, "base64url").toString("latin1")).not.toMatch(/\["?\d+"?\]/);
    const rest = await harness.query<LogPage>(
      accessLogQuery,
      { clientId: client, first: 50, after: first.data!.accessLog.pageInfo.endCursor },
      clientViewer(client),
    );
    const bases = rest.data!.accessLog.edges.map((edge) => edge.node.basis);
    expect(bases).not.toContain("old");
    const everything = await harness.query<LogPage>(
      accessLogQuery,
      { clientId: client, first: 50, from: "2000-01-01T00:00:00Z" },
      clientViewer(client),
    );
    expect(everything.data!.accessLog.edges.map((edge) => edge.node.basis)).toContain("old");
  });

  it("chains every entry to the one before, and the verify command says OK", async () => {
    await expect(verifyAccessLog(testDb.database.sql)).resolves.toMatchObject({ ok: true });
    const schema = testDb.database.schema;
    const { stdout } = await run("npx", ["tsx", join(root, "subgraphs/consents/src/audit/main.ts")], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: schema },
    });
    expect(stdout).toMatch(/^OK: access log .* intact, \d+ entries checked\./);
  });

  it("detects, against a checkpoint kept outside the database, that the newest entries were deleted", async () => {
    const sql = testDb.database.sql;
    const file = join(mkdtempSync(join(tmpdir(), "silta-checkpoint-")), "access-log.checkpoint.json");
    const env = {
      ...process.env,
      DATABASE_URL: testDatabaseUrl(),
      DATABASE_SCHEMA: testDb.database.schema,
      AUDIT_CHECKPOINT_KEY: "test-only-audit-checkpoint-key-0123456789",
    };
    const verify = () =>
      run("npx", ["tsx", join(root, "subgraphs/consents/src/audit/main.ts"), "--checkpoint", file], { cwd: root, env }).catch(
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    await read(worker(), world.clients[0]!);
    const first = await verify();
    expect(first).toMatchObject({ stdout: expect.stringMatching(/^OK: .*\nCheckpoint written to .*: entry \d+/) });
    const [newest] = await sql.query<{ seq: string }>(
      `SELECT seq::text AS seq FROM access_log ORDER BY access_log.seq DESC LIMIT 1`,
    );
    const checkpoint = JSON.parse(readFileSync(file, "utf8")) as { seq: string };
    expect(checkpoint.seq).toBe(newest!.seq);

    // The owner (here a superuser) gets past the trigger and removes the newest entry: the chain
    // that remains is valid, only the checkpoint shows what is gone.
    await sql.exec(`ALTER TABLE access_log DISABLE TRIGGER USER`);
    try {
      await sql.query(`DELETE FROM access_log WHERE seq = $1`, [newest!.seq]);
    } finally {
      await sql.exec(`ALTER TABLE access_log ENABLE TRIGGER USER`);
    }
    await expect(verifyAccessLog(sql)).resolves.toMatchObject({ ok: true });
    const [last] = await sql.query<{ seq: string }>(
      `SELECT seq::text AS seq FROM access_log ORDER BY access_log.seq DESC LIMIT 1`,
    );
    const broken = await verify();
    expect(broken).toMatchObject({ code: 1 });
    expect((broken as { stdout: string }).stdout).toContain(`entries after ${last!.seq} missing: the checkpoint of`);
    expect((broken as { stdout: string }).stdout).toContain(`names entry ${newest!.seq}`);
    // A broken log does not move the checkpoint forward.
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(checkpoint);

    // New entries appended after the deletion do not hide it either.
    await read(worker(), world.clients[0]!);
    expect((await verify()) as { stdout: string }).toMatchObject({ code: 1, stdout: expect.stringContaining("was rewritten") });

    // Nor does editing the checkpoint file back to the shorter log: its signature no longer holds.
    writeFileSync(file, JSON.stringify({ ...checkpoint, seq: last!.seq }));
    expect(await verify()).toMatchObject({ code: 2, stderr: expect.stringContaining("does not carry a valid signature") });
    // Four runs of the command, each a tsx process: allow for a loaded machine.
  }, 120_000);

  it("detects an altered entry and a removed entry, naming the first broken link", async () => {
    const sql = testDb.database.sql;
    const rows = await sql.query<{ seq: string }>(`SELECT seq::text AS seq FROM access_log ORDER BY seq`);
    const [, second, third] = rows.map((row) => row.seq);
    // Only a superuser can get past the trigger: this is the tampering the chain exists to show.
    await sql.exec(`ALTER TABLE access_log DISABLE TRIGGER USER`);
    try {
      await sql.query(`UPDATE access_log SET outcome = 'allowed', basis = 'consent' WHERE seq = $1`, [third]);
      expect(await verifyAccessLog(sql)).toMatchObject({ ok: false, seq: third, reason: "altered" });
      const failed = await run("npx", ["tsx", join(root, "subgraphs/consents/src/audit/main.ts")], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: testDb.database.schema },
      }).catch((error: { code: number; stdout: string }) => error);
      expect(failed).toMatchObject({ code: 1, stdout: expect.stringContaining(`BROKEN: access log`) });
      expect((failed as { stdout: string }).stdout).toContain(`entry ${third} is altered`);

      await sql.query(`DELETE FROM access_log WHERE seq = $1`, [second]);
      expect(await verifyAccessLog(sql)).toMatchObject({ ok: false, seq: third, reason: "unlinked" });
    } finally {
      await sql.exec(`ALTER TABLE access_log ENABLE TRIGGER USER`);
    }
  });
});
