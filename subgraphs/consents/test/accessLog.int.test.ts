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
import { createPrisma, type PrismaClient } from "../src/data/db";
import { AccessService } from "../src/access/AccessService";
import { applyAccessEvent } from "../src/projection/applyAccessEvent";
import { sealAccessLog } from "../src/access/accessLogSealer";
import { verifyAccessLog } from "../src/audit/verifyAccessLog";
import { appendAccessLog, entryOfRow, LOG_ROW_COLUMNS, type LogRow } from "../src/access/accessLogStore";
import {
  contextHash,
  entryHash,
  GENESIS_HASH,
  legacyChainHash,
  type LegacyLogEntry,
  type StoredLogEntry,
} from "../src/domain/accessLogHash";
import { addGuardianship, buildAccessWorld, type AccessWorld } from "./accessWorld";
import { entryIdsInSealOrder, LOG_TABLES, tamperWithLog } from "./logTampering";

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
  let prisma: PrismaClient;
  let harness: SubgraphHarness;
  let service: AccessService;
  let world: AccessWorld;

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_log", consentsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    world = await buildAccessWorld(testDb.database.sql, 3);
    service = new AccessService({ prisma, timeZone: "Europe/Helsinki" });
    harness = await startSubgraph(consentsSubgraph, testDb.database);
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const worker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const read = (viewer: Viewer, clientId: string, category: DataCategory = DataCategory.Basic) =>
    service.decideAndLog(viewer, [{ clientId, category, action: "read" }], { requestId: randomUUID(), source: "clients" });

  /** The owner (here a superuser) gets past the triggers: the tampering the seals exist to show. */
  const tamper = async (statements: () => Promise<unknown>) => {
    const sql = testDb.database.sql;
    await sql.exec(LOG_TABLES.map((table) => `ALTER TABLE ${table} DISABLE TRIGGER USER;`).join(" "));
    try {
      await statements();
    } finally {
      await sql.exec(LOG_TABLES.map((table) => `ALTER TABLE ${table} ENABLE TRIGGER USER;`).join(" "));
    }
  };
  const verifyCommand = (args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
    run("npx", ["tsx", join(root, "subgraphs/consents/src/audit/main.ts"), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: testDb.database.schema, ...env },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);

  it("stops as unable to check when a statement waits past --statement-timeout (a lock held on the log), instead of hanging", async () => {
    const refused = await verifyCommand(["--statement-timeout", "soon"]);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining("--statement-timeout must be a whole number") });
    await testDb.database.sql.transaction(async (tx) => {
      // What a retirement's detach, or anything else holding the log, does to a run: it waits.
      await tx.query(`LOCK TABLE access_log_v1, access_log_retirement, access_log_seal, access_log IN ACCESS EXCLUSIVE MODE`);
      const started = Date.now();
      const stopped = await verifyCommand(["--statement-timeout", "300"]);
      expect(stopped).toMatchObject({ code: 2, stderr: expect.stringContaining("statement timeout") });
      // A cold tsx start and the 300 ms, not the lock's whole hold.
      expect(Date.now() - started).toBeLessThan(30_000);
    });
    await expect(verifyCommand()).resolves.toMatchObject({ stdout: expect.stringMatching(/^OK: /) });
  }, 90_000); // three runs of the command, each a cold tsx start

  it("refuses UPDATE, DELETE and TRUNCATE of its entries and seals, whoever the application connects as", async () => {
    await read(worker(), world.clients[0]!);
    await sealAccessLog(prisma, { wait: true });
    const sql = testDb.database.sql;
    for (const table of LOG_TABLES) {
      await expect(sql.query(`UPDATE ${table} SET hash = 'x'`)).rejects.toThrow(/append-only/);
      await expect(sql.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      await expect(sql.query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
    }
  });

  it("writes one entry per client of a batch, with each category's action, outcome and basis", async () => {
    const [first, second] = world.clients as [string, string];
    const categories = [DataCategory.Basic, DataCategory.Contact, DataCategory.Concerns, DataCategory.ServicePlan];
    const requestId = randomUUID();
    const curator = professional(world.city, { id: world.curator });
    await service.decideAndLog(
      curator,
      [first, second].flatMap((clientId) => categories.map((category) => ({ clientId, category, action: "read" as const }))),
      { requestId, source: "clients" },
    );
    const rows = await testDb.database.sql.query<{
      client_id: string;
      viewer_id: string;
      items: { category: string; outcome: string; basis: string }[];
    }>(`SELECT client_id, viewer_id, items FROM access_log_entries WHERE request_id = $1 ORDER BY client_id`, [requestId]);
    expect(rows.map((row) => row.client_id)).toEqual([first, second].sort());
    expect(rows[0]!.viewer_id).toBe(world.curator);
    expect(rows[0]!.items.map((item) => item.category)).toEqual(categories);
    expect(rows[0]!.items[0]).toMatchObject({ action: "read", outcome: "denied", basis: "no_consent" });
    // Who asked, why and from where are stored once for the batch, not in each entry.
    const stored = await testDb.database.sql.query<{ viewer_id: string | null; request_id: string | null; contexts: string }>(
      `SELECT e.viewer_id, e.request_id, count(*) OVER (PARTITION BY e.context_id)::text AS contexts
         FROM access_log e JOIN access_log_context c ON c.id = e.context_id AND c.at = e.at WHERE c.request_id = $1`,
      [requestId],
    );
    expect(stored).toEqual([
      { viewer_id: null, request_id: null, contexts: "2" },
      { viewer_id: null, request_id: null, contexts: "2" },
    ]);
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

  it("shows a person the entries written against a duplicate registration of theirs once it is merged into them, and no one else's", async () => {
    // Clients of their own: the merges must not change the other tests' logs.
    const [record, other, duplicate, stranger] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await prisma.accessClient.createMany({ data: [record, other, duplicate, stranger].map((clientId) => ({ clientId })) });
    const curator = professional(world.city, { id: world.curator });
    await read(curator, duplicate, DataCategory.Concerns);
    await read(curator, stranger, DataCategory.Concerns);
    const curatorReadsOf = async (clientId: string) => {
      const page = await harness.query<LogPage>(accessLogQuery, { clientId, first: 500 }, clientViewer(clientId));
      expect(page.errors).toBeUndefined();
      return page
        .data!.accessLog.edges.map((edge) => edge.node)
        .filter((node) => node.viewerId === world.curator && node.category === "concerns");
    };
    expect(await curatorReadsOf(record)).toEqual([]);

    const merged = (clientId: string, mergedClientId: string) =>
      applyAccessEvent(prisma, {
        id: randomUUID(),
        type: "client.merged",
        source: "clients",
        aggregateType: "Client",
        aggregateId: clientId,
        occurredAt: new Date().toISOString(),
        actorId: randomUUID(),
        schemaVersion: 1,
        data: { clientId, mergedClientId },
      });
    expect(await merged(record, duplicate)).toBe(true);
    expect(await curatorReadsOf(record)).toEqual([expect.objectContaining({ outcome: "denied" })]);
    // Another client's log is theirs alone, and a stranger's entry reaches nobody.
    expect(await curatorReadsOf(other)).toEqual([]);

    // The record merged in turn into another client brings both ids' entries along.
    expect(await merged(other, record)).toBe(true);
    expect(await curatorReadsOf(other)).toHaveLength(1);
    await read(curator, record, DataCategory.Concerns);
    expect(await curatorReadsOf(other)).toHaveLength(2);
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

  it("shows the rows of the first log after the entries, paging across both, and refuses a made-up cursor", async () => {
    const client = world.clients[2]!;
    const old: LegacyLogEntry = {
      at: new Date(Date.now() - 86_400_000).toISOString(),
      viewerId: world.curator,
      viewerKind: "professional",
      organizationId: world.city,
      roles: [],
      clientId: client,
      category: "contact",
      action: "read",
      purpose: null,
      basis: "first_log",
      consentId: null,
      teamId: null,
      relationshipId: null,
      statutoryBasisId: null,
      outcome: "denied",
      requestId: "r-old",
      source: "clients",
    };
    await testDb.database.sql.query(
      `INSERT INTO access_log_v1 (at, viewer_id, viewer_kind, organization_id, roles, client_id, category, action, basis,
                                  outcome, request_id, source, prev_hash, hash)
       VALUES ($1, $2, 'professional', $3, '{}', $4, 'contact', 'read', 'first_log', 'denied', 'r-old', 'clients', $5, $6)`,
      [old.at, old.viewerId, old.organizationId, client, GENESIS_HASH, legacyChainHash(GENESIS_HASH, old)],
    );
    const bases: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result: { data?: LogPage | null } = await harness.query<LogPage>(
        accessLogQuery,
        { clientId: client, first: 1, after },
        clientViewer(client),
      );
      bases.push(...result.data!.accessLog.edges.map((edge) => edge.node.basis));
      if (!result.data!.accessLog.pageInfo.hasNextPage) break;
      after = result.data!.accessLog.pageInfo.endCursor;
    }
    expect(bases[bases.length - 1]).toBe("first_log");
    expect(bases.filter((basis) => basis === "self").length).toBeGreaterThan(0);
    const refused = await harness.query(accessLogQuery, { clientId: client, after: "WyJsb2ciLCJ4IiwwXQ" }, clientViewer(client));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });

  it("shows an entry written before contexts (its fields in the entry) exactly as one written since", async () => {
    const client = world.clients[1]!;
    const entry: StoredLogEntry = {
      at: new Date(Date.now() - 3_600_000).toISOString(),
      viewerId: world.curator,
      viewerKind: "professional",
      organizationId: world.city,
      roles: ["social_worker", "manager"],
      clientId: client,
      purpose: "follow-up",
      requestId: randomUUID(),
      source: "fit",
      items: [
        {
          category: "fit",
          action: "read",
          outcome: "allowed",
          basis: "format_check",
          consentId: randomUUID(),
          teamId: null,
          relationshipId: null,
          statutoryBasisId: null,
          serviceTask: "child_welfare",
        },
      ],
    };
    const sql = testDb.database.sql;
    // As the append wrote it until 2026-12-06 (20261204120000_access_log_sealed_batches).
    await sql.query(
      `INSERT INTO access_log (at, viewer_id, viewer_kind, organization_id, roles, purpose, request_id, source, client_id, items, hash)
       VALUES ($1::timestamptz, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10::jsonb, $11)`,
      [
        entry.at,
        entry.viewerId,
        entry.viewerKind,
        entry.organizationId,
        entry.roles,
        entry.purpose,
        entry.requestId,
        entry.source,
        entry.clientId,
        JSON.stringify([{ ...entry.items[0]!, teamId: undefined, relationshipId: undefined, statutoryBasisId: undefined }]),
        entryHash(entry),
      ],
    );
    await appendAccessLog(testDb.database.sql, [entry]);
    const officer = professional(world.county, { id: randomUUID(), roles: ["data_protection_officer"] });
    const page = await harness.query<{ accessLog: { edges: { node: Record<string, unknown> }[] } }>(
      `query ($clientId: ID!) {
        accessLog(clientId: $clientId, first: 500) {
          edges { node { at viewerId viewerKind organizationId roles category action purpose basis outcome consentId
                         teamId relationshipId statutoryBasisId source requestId } }
        }
      }`,
      { clientId: client },
      officer,
    );
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.accessLog.edges.map((edge) => edge.node).filter((node) => node["basis"] === "format_check");
    expect(nodes).toHaveLength(2);
    expect(nodes[0]).toEqual(nodes[1]);
    expect(nodes[0]).toMatchObject({ viewerId: world.curator, roles: entry.roles, purpose: "follow-up", source: "fit" });
    await sealAccessLog(prisma, { wait: true });
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true });
  });

  it("seals what was appended, and the verify command says OK", async () => {
    await read(worker(), world.clients[2]!);
    await sealAccessLog(prisma, { wait: true });
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true });
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true, unsealed: 0 });
    const result = await verifyCommand();
    expect(result).toMatchObject({
      stdout: expect.stringMatching(/^OK: access log .* intact, \d+ entries checked in \d+ seals/),
    });
  });

  it("chains the entries of many concurrent requests, sealed by racing sealers, into one verifiable chain", async () => {
    const sql = testDb.database.sql;
    const [before] = await sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM access_log`);
    const requests = Array.from({ length: 40 }, (_, index) =>
      service.decideAndLog(
        worker(),
        world.clients.map((clientId) => ({ clientId, category: DataCategory.Basic, action: "read" as const })),
        { requestId: `concurrent-${index}`, source: "clients" },
      ),
    );
    const sealers = Array.from({ length: 6 }, (_, index) => sealAccessLog(prisma, { wait: index % 2 === 0 }));
    await Promise.all([...requests, ...sealers]);
    await sealAccessLog(prisma, { wait: true });
    const result = await verifyAccessLog(prisma);
    expect(result).toMatchObject({ ok: true, unsealed: 0 });
    expect(result.entries).toBe(before!.count + 40 * world.clients.length);
    const seals = await sql.query<{ seq: string }>(`SELECT seq::text AS seq FROM access_log_seal ORDER BY access_log_seal.seq`);
    expect(seals.map((seal) => seal.seq)).toEqual(seals.map((_, index) => String(index + 1)));
  }, 90_000);

  it("detects, against a checkpoint kept outside the database, that the newest seals and entries were deleted", async () => {
    const sql = testDb.database.sql;
    const file = join(mkdtempSync(join(tmpdir(), "silta-checkpoint-")), "access-log.checkpoint.json");
    const env = { AUDIT_CHECKPOINT_KEY: "test-only-audit-checkpoint-key-0123456789" };
    const verify = () => verifyCommand(["--checkpoint", file], env);
    await read(worker(), world.clients[0]!);
    await sealAccessLog(prisma, { wait: true });
    const first = await verify();
    // The first run finds no checkpoint, says that it starts one, and writes it.
    expect(first).toMatchObject({
      stdout: expect.stringMatching(
        /^OK: .*\nNo checkpoint was at .*: this run starts one\. .*\nCheckpoint written to .*: seal \d+/,
      ),
    });
    const [newest] = await sql.query<{ seq: string }>(
      `SELECT seq::text AS seq FROM access_log_seal ORDER BY access_log_seal.seq DESC LIMIT 1`,
    );
    const checkpoint = JSON.parse(readFileSync(file, "utf8")) as { seq: string };
    expect(checkpoint.seq).toBe(newest!.seq);

    // The newest seal and its entries go: what remains is a valid, shorter chain; only the
    // checkpoint shows what is gone.
    await tamper(async () => {
      await sql.query(
        `DELETE FROM access_log
          WHERE NOT pg_visible_in_snapshot(write_xid, (SELECT snapshot FROM access_log_seal WHERE seq = $1::bigint - 1)::pg_snapshot)`,
        [newest!.seq],
      );
      await sql.query(`DELETE FROM access_log_seal WHERE seq = $1::bigint`, [newest!.seq]);
    });
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true });
    const last = String(BigInt(newest!.seq) - 1n);
    const broken = await verify();
    expect(broken).toMatchObject({ code: 1 });
    expect((broken as { stdout: string }).stdout).toContain(`seals after ${last} missing: the checkpoint of`);
    expect((broken as { stdout: string }).stdout).toContain(`names seal ${newest!.seq}`);
    // The hourly run after the checkpoint finds it too, from the seals alone.
    const hourly = await verifyCommand(["--checkpoint", file, "--since-checkpoint"], env);
    expect(hourly).toMatchObject({ code: 1, stdout: expect.stringContaining(`seals after ${last} missing: the checkpoint of`) });
    // A broken log does not move the checkpoint forward.
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(checkpoint);

    // New entries sealed after the deletion do not hide it either.
    await read(worker(), world.clients[0]!);
    await sealAccessLog(prisma, { wait: true });
    expect((await verify()) as { stdout: string }).toMatchObject({ code: 1, stdout: expect.stringContaining("was rewritten") });

    // Nor does editing the checkpoint file back to the shorter log: its signature no longer holds.
    writeFileSync(file, JSON.stringify({ ...checkpoint, seq: last }));
    expect(await verify()).toMatchObject({ code: 2, stderr: expect.stringContaining("does not carry a valid signature") });
    // Five runs of the command, each a tsx process: allow for a loaded machine.
  }, 180_000);
});

describe("the access log's seals", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  let service: AccessService;
  let world: AccessWorld;

  beforeEach(async () => {
    testDb = await createTestDatabase("consents_seal", consentsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    world = await buildAccessWorld(testDb.database.sql, 3);
    service = new AccessService({ prisma, timeZone: "Europe/Helsinki" });
    // Two seals of three entries each (one per client).
    for (let seal = 0; seal < 2; seal += 1) {
      await service.decideAndLog(
        professional(world.county, { id: world.socialWorker }),
        world.clients.map((clientId) => ({ clientId, category: DataCategory.Basic, action: "read" as const })),
        { requestId: randomUUID(), source: "clients" },
      );
      await sealAccessLog(prisma, { wait: true });
    }
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true, entries: 6, seals: 2 });
  });

  afterEach(async () => {
    await testDb?.drop();
  });

  const ids = () => entryIdsInSealOrder(testDb.database.sql);
  const tamper = (statement: string, params: unknown[] = []) => tamperWithLog(testDb.database.sql, statement, params);

  it("reports entries left unsealed longer than the bound", async () => {
    const sql = testDb.database.sql;
    await sealAccessLog(prisma, { wait: true });
    await service.decideAndLog(
      professional(world.county, { id: world.socialWorker }),
      [{ clientId: world.clients[0]!, category: DataCategory.Basic, action: "read" }],
      { requestId: randomUUID(), source: "clients" },
    );
    await expect(verifyAccessLog(prisma, { unsealedBoundMs: 60_000 })).resolves.toMatchObject({ ok: true, unsealed: 1 });
    const later = new Date(Date.now() + 5_000);
    await expect(verifyAccessLog(prisma, { now: later })).resolves.toMatchObject({
      ok: false,
      reason: "unsealed",
      unsealed: { count: 1 },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const failed = await run("npx", ["tsx", join(root, "subgraphs/consents/src/audit/main.ts"), "--unsealed-bound", "10"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: testDb.database.schema },
    }).catch((error: { code: number; stdout: string }) => error);
    expect(failed).toMatchObject({ code: 1, stdout: expect.stringContaining("1 entries unsealed for longer than the bound") });
    await sealAccessLog(prisma, { wait: true });
    await expect(verifyAccessLog(prisma, { now: later })).resolves.toMatchObject({ ok: true, unsealed: 0 });
    const refused = await run("npx", ["tsx", join(root, "subgraphs/consents/src/audit/main.ts"), "--unsealed-bound", "soon"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: testDb.database.schema },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining("--unsealed-bound must be a whole number") });
    expect((refused as { stderr: string }).stderr).toContain("usage: npm run audit:verify");
  }, 90_000); // two runs of the command, each a cold tsx start

  it("verify in order past the ninth seal and the ninth entry (numbers, not text)", async () => {
    const sql = testDb.database.sql;
    for (let round = 0; round < 10; round += 1) {
      await service.decideAndLog(
        professional(world.county, { id: world.socialWorker }),
        world.clients.map((clientId) => ({ clientId, category: DataCategory.Basic, action: "read" as const })),
        { requestId: randomUUID(), source: "clients" },
      );
      await sealAccessLog(prisma, { wait: true });
    }
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true, entries: 36, seals: 12, unsealed: 0 });
  });

  it("show an edited entry, naming it", async () => {
    const [, second] = await ids();
    // Its first run's outcome (storedLogItems.ts: [categories, action, outcome, basis, …]).
    await tamper(`UPDATE access_log SET items = jsonb_set(items, '{0,2}', '"denied"') WHERE id = $1::bigint`, [second]);
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: second, reason: "altered" });
  });

  it("show an edited entry whose stored hash was recomputed too, by its seal", async () => {
    const [first] = await ids();
    await tamper(`UPDATE access_log SET hash = repeat('a', 64) WHERE id = $1::bigint`, [first]);
    // The entry no longer matches its hash; had the attacker also made them agree, the seal would not.
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: first, reason: "altered" });
  });

  it("show a deleted entry by its seal", async () => {
    const [, second] = await ids();
    await tamper(`DELETE FROM access_log WHERE id = $1::bigint`, [second]);
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: "1", reason: "batch_changed" });
  });

  it("show two entries swapped (reordered) by their seal", async () => {
    const [first, second] = await ids();
    await tamper(`UPDATE access_log SET id = -1 WHERE id = $1::bigint`, [first]);
    await tamper(`UPDATE access_log SET id = $1::bigint WHERE id = $2::bigint`, [first, second]);
    await tamper(`UPDATE access_log SET id = $1::bigint WHERE id = -1`, [second]);
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: "1", reason: "batch_changed" });
  });

  it("show an entry moved into another seal's batch", async () => {
    const all = await ids();
    // The first entry takes the writing transaction of the last (sealed in the second seal).
    await tamper(
      `UPDATE access_log SET write_xid = (SELECT write_xid FROM access_log WHERE id = $2::bigint) WHERE id = $1::bigint`,
      [all[0], all[all.length - 1]],
    );
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: "1", reason: "batch_changed" });
  });

  describe("with a merged entry (one client's categories and service tasks of one request in one entry)", () => {
    // What a caseload's fit read now writes: the client's `fit` and its latest measurement's `fit` of a
    // service task, decided in one batch, so one entry with two items.
    let merged: string;
    beforeEach(async () => {
      const [clientId] = world.clients;
      await service.decideAndLog(
        professional(world.county, { id: world.socialWorker }),
        [
          { clientId: clientId!, category: DataCategory.Fit, action: "read" },
          { clientId: clientId!, category: DataCategory.Fit, action: "read", serviceTask: "child_welfare" },
        ],
        { requestId: randomUUID(), source: "fit" },
      );
      await sealAccessLog(prisma, { wait: true });
      const all = await ids();
      merged = all[all.length - 1]!;
      // Stored as two runs (the service task differs), shown as two items.
      const [row] = await testDb.database.sql.query<{ stored: unknown[][]; shown: { serviceTask?: string }[] }>(
        `SELECT e.items AS stored, v.items AS shown FROM access_log e JOIN access_log_entries v USING (id) WHERE e.id = $1::bigint`,
        [merged],
      );
      expect(row!.stored.map((run) => run[0])).toEqual([["fit"], ["fit"]]);
      expect(row!.shown.map((item) => item.serviceTask ?? null)).toEqual([null, "child_welfare"]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true, entries: 7, seals: 3 });
    });

    it("shows one of its categories edited", async () => {
      await tamper(`UPDATE access_log SET items = jsonb_set(items, '{1,8}', '"health_care"') WHERE id = $1::bigint`, [merged]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: merged, reason: "altered" });
    });

    it("shows a category added to one of its runs", async () => {
      await tamper(`UPDATE access_log SET items = jsonb_set(items, '{0,0}', '["fit", "contact"]') WHERE id = $1::bigint`, [
        merged,
      ]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: merged, reason: "altered" });
    });

    it("shows one of its categories removed", async () => {
      await tamper(`UPDATE access_log SET items = items - 1 WHERE id = $1::bigint`, [merged]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: merged, reason: "altered" });
    });

    it("shows its categories reordered", async () => {
      await tamper(`UPDATE access_log SET items = jsonb_build_array(items -> 1, items -> 0) WHERE id = $1::bigint`, [merged]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: merged, reason: "altered" });
    });

    it("shows the whole merged entry deleted, by its seal", async () => {
      await tamper(`DELETE FROM access_log WHERE id = $1::bigint`, [merged]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: "3", reason: "batch_changed" });
    });
  });

  describe("with each batch's context (who asked, why, from where) stored once", () => {
    /** The entries in batch order with their contexts' ids: the first seal's three, then the second's. */
    const contexts = async () =>
      (
        await testDb.database.sql.query<{ id: string; context: string }>(
          `SELECT id::text AS id, context_id::text AS context FROM access_log ORDER BY access_log.write_xid, access_log.id`,
        )
      ).map((row) => row.context);

    it("show an edited context by the first entry that rests on it", async () => {
      const [first] = await ids();
      const [context] = await contexts();
      await tamper(`UPDATE access_log_context SET purpose = 'audit' WHERE id = $1::bigint`, [context]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({
        ok: false,
        seq: first,
        reason: "context_altered",
      });
    });

    it("show an edited context whose stored hash was recomputed too, by its entries", async () => {
      const [first] = await ids();
      const [row] = await prisma.$queryRaw<
        LogRow[]
      >`SELECT ${LOG_ROW_COLUMNS} FROM access_log_entries WHERE id = ${first}::bigint`;
      const forged = { ...entryOfRow(row!), viewerId: "someone-else" };
      await tamper(`UPDATE access_log_context SET viewer_id = $2, hash = $3 WHERE id = $1::bigint`, [
        row!.context_id,
        forged.viewerId,
        contextHash(forged),
      ]);
      // The context agrees with itself again, but its entries' hashes cover the hash it had.
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: first, reason: "altered" });
    });

    it("show a deleted context by the first entry that rests on it", async () => {
      const all = await ids();
      const batches = await contexts();
      await tamper(`DELETE FROM access_log_context WHERE id = $1::bigint`, [batches[3]]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({
        ok: false,
        seq: all[3],
        reason: "context_missing",
      });
    });

    it("show an entry moved to another batch's context", async () => {
      const all = await ids();
      const batches = await contexts();
      expect(batches[0]).not.toBe(batches[3]);
      // The other batch is of another time: the entry's context is not found where its time says.
      await tamper(`UPDATE access_log SET context_id = $1::bigint WHERE id = $2::bigint`, [batches[3], all[0]]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({
        ok: false,
        seq: all[0],
        reason: "context_missing",
      });
    });

    it("show an entry moved to the context of another request of the same instant", async () => {
      const sql = testDb.database.sql;
      const at = new Date();
      const sameInstant = new AccessService({ prisma, timeZone: "Europe/Helsinki", now: () => at });
      for (const source of ["clients", "teams"])
        await sameInstant.decideAndLog(
          professional(world.county, { id: world.socialWorker }),
          [{ clientId: world.clients[0]!, category: DataCategory.Basic, action: "read" }],
          { requestId: randomUUID(), source },
        );
      await sealAccessLog(prisma, { wait: true });
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true, entries: 8 });
      const all = await ids();
      const batches = await contexts();
      const [moved, other] = [all[all.length - 2]!, batches[batches.length - 1]!];
      await tamper(`UPDATE access_log SET context_id = $1::bigint WHERE id = $2::bigint`, [other, moved]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: moved, reason: "altered" });
    });

    it("show an entry given its own fields back in place of its context (the old format), by its seal", async () => {
      const [first] = await ids();
      // Rewritten whole in the format of before, hash included: only the seal over the stored hash shows it.
      const [row] = await prisma.$queryRaw<
        LogRow[]
      >`SELECT ${LOG_ROW_COLUMNS} FROM access_log_entries WHERE id = ${first}::bigint`;
      const entry = entryOfRow(row!);
      await tamper(
        `UPDATE access_log SET context_id = NULL, viewer_id = $2, viewer_kind = $3, organization_id = $4, roles = $5::text[],
                purpose = $6, request_id = $7, source = $8, hash = $9 WHERE id = $1::bigint`,
        [
          first,
          entry.viewerId,
          entry.viewerKind,
          entry.organizationId,
          entry.roles,
          entry.purpose,
          entry.requestId,
          entry.source,
          entryHash(entry),
        ],
      );
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: "1", reason: "batch_changed" });
    });
  });

  describe("with entries written before contexts (each with its own fields, hashed whole)", () => {
    let old: string;
    beforeEach(async () => {
      const sql = testDb.database.sql;
      const entry: StoredLogEntry = {
        at: new Date().toISOString(),
        viewerId: world.curator,
        viewerKind: "professional",
        organizationId: world.city,
        roles: ["social_worker"],
        clientId: world.clients[0]!,
        purpose: "follow-up",
        requestId: randomUUID(),
        source: "clients",
        items: [
          {
            category: "basic",
            action: "read",
            outcome: "denied",
            basis: "no_consent",
            consentId: null,
            teamId: null,
            relationshipId: null,
            statutoryBasisId: null,
            serviceTask: null,
          },
        ],
      };
      // As the append wrote them until 2026-12-06 (20261204120000_access_log_sealed_batches).
      const [row] = await sql.query<{ id: string }>(
        `INSERT INTO access_log (at, viewer_id, viewer_kind, organization_id, roles, purpose, request_id, source, client_id, items, hash)
         VALUES ($1::timestamptz, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10::jsonb, $11) RETURNING id::text AS id`,
        [
          entry.at,
          entry.viewerId,
          entry.viewerKind,
          entry.organizationId,
          entry.roles,
          entry.purpose,
          entry.requestId,
          entry.source,
          entry.clientId,
          JSON.stringify([{ category: "basic", action: "read", outcome: "denied", basis: "no_consent" }]),
          entryHash(entry),
        ],
      );
      old = row!.id;
      await service.decideAndLog(
        professional(world.county, { id: world.socialWorker }),
        [{ clientId: world.clients[0]!, category: DataCategory.Basic, action: "read" }],
        { requestId: randomUUID(), source: "clients" },
      );
      await sealAccessLog(prisma, { wait: true });
    });

    it("verify them beside the new ones", async () => {
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true, entries: 8, seals: 3 });
    });

    it("show one of them edited", async () => {
      await tamper(`UPDATE access_log SET purpose = 'other' WHERE id = $1::bigint`, [old]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: old, reason: "altered" });
    });

    it("show one of them deleted, by its seal", async () => {
      await tamper(`DELETE FROM access_log WHERE id = $1::bigint`, [old]);
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: "3", reason: "batch_changed" });
    });
  });

  it("show a deleted seal by the link of the next one", async () => {
    await tamper(`DELETE FROM access_log_seal WHERE seq = 1`);
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: "2", reason: "unlinked" });
  });

  it("show an edited seal", async () => {
    await tamper(`UPDATE access_log_seal SET entries = 2 WHERE seq = 1`);
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: false, seq: "1", reason: "unlinked" });
    const failed = await run("npx", ["tsx", join(root, "subgraphs/consents/src/audit/main.ts")], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: testDb.database.schema },
    }).catch((error: { code: number; stdout: string }) => error);
    expect(failed).toMatchObject({ code: 1, stdout: expect.stringContaining("BROKEN: access log") });
    expect((failed as { stdout: string }).stdout).toContain("seal 1 is unlinked");
  });
});
