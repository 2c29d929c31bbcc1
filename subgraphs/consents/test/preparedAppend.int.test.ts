import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import pg from "pg";
import {
  DataCategory,
  openPostgres,
  runWithDeadline,
  stoppedForItsRequest,
  type Database,
  type Sql,
  type Viewer,
} from "@silta/kernel";
import { requestDeadlineOf } from "@silta/kernel/http";
import { createTestDatabase, professional, testDatabaseUrl, type TestDatabase } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { AccessService } from "../src/access/AccessService";
import { appendAccessLog, appendAccessLogAtVersion, batchLogEntries } from "../src/access/accessLogStore";
import { sealAccessLog } from "../src/access/accessLogSealer";
import { verifyAccessLog } from "../src/audit/verifyAccessLog";
import type { StoredLogEntry } from "../src/domain/accessLogHash";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";

/**
 * The log's two append statements go to PostgreSQL as named (prepared) statements, on the kernel's
 * `Sql` (pg directly; the decisions' other statements stay on Prisma, unnamed), parsed and planned
 * once per connection. node-pg remembers per connection which names it has parsed; these tests show
 * on real PostgreSQL, on a pool of one connection (so every statement meets what the one before left
 * on it), that whatever stops an append (its request's deadline, PostgreSQL's statement timeout
 * during its Parse or its execution, a failing statement, a killed connection, a changed table)
 * leaves the next appends writing their entries, and that the log still verifies.
 */
describe("the access log's appends as prepared statements", () => {
  let testDb: TestDatabase;
  let database: Database;
  let prisma: PrismaClient;
  let service: AccessService;
  let world: AccessWorld;
  let observer: pg.Client;
  /** Appends that must be in the log, by request id: entries each. */
  const written = new Map<string, number>();

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_prepared_append", consentsSubgraph.migrationsDir);
    world = await buildAccessWorld(testDb.database.sql, 4);
    // One connection: each append runs where the one before it left its prepared statements (or not).
    // The statement timeout is PostgreSQL's own cancel, after which the connection stays in the pool.
    database = await openPostgres({
      url: testDatabaseUrl(),
      schema: testDb.database.schema,
      poolSize: 1,
      statementTimeoutMs: 1_000,
    });
    prisma = createPrisma(database);
    service = new AccessService({ prisma, timeZone: "Europe/Helsinki" });
    observer = new pg.Client({ connectionString: testDatabaseUrl(), options: `-c search_path=${testDb.database.schema}` });
    await observer.connect();
  });

  afterAll(async () => {
    await observer?.end();
    await prisma?.$disconnect();
    await database?.close();
    await testDb?.drop();
  });

  const worker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const categories = [DataCategory.Basic, DataCategory.Contact];
  /** A decision batch's entries, all allowed, for the world's clients. */
  const entriesOf = (requestId: string, at = new Date().toISOString()): StoredLogEntry[] => {
    const requests = world.clients.flatMap((clientId) =>
      categories.map((category) => ({ clientId, category, action: "read" as const })),
    );
    const decisions = requests.map(() => ({ allowed: true, basis: "responsible_worker" }));
    return batchLogEntries(worker(), requests, decisions, { requestId, source: "clients" }, at);
  };
  const factsVersion = async () =>
    (await database.sql.query<{ version: string }>(`SELECT version::text AS version FROM access_facts_version`))[0]!.version;
  /** Both appends, each with its own request id, recorded as written once they resolve. */
  const appendBoth = async () => {
    const plain = randomUUID();
    await appendAccessLog(database.sql, entriesOf(plain));
    written.set(plain, world.clients.length);
    const atVersion = randomUUID();
    await expect(appendAccessLogAtVersion(database.sql, entriesOf(atVersion), await factsVersion())).resolves.toBe(true);
    written.set(atVersion, world.clients.length);
  };
  const entriesOfRequest = async (requestId: string) =>
    database.sql.query<{ client_id: string; items: { category: string; outcome: string }[] }>(
      `SELECT client_id, items FROM access_log_entries WHERE request_id = $1 ORDER BY id`,
      [requestId],
    );
  /** The prepared statements of the pool's one connection. */
  const prepared = async () =>
    (
      await database.sql.query<{ name: string; statement: string }>(
        `SELECT name, statement FROM pg_prepared_statements ORDER BY statement`,
      )
    ).map((row) => ({ name: row.name, statement: row.statement.replace(/\s+/g, " ").slice(0, 80) }));
  const backendPid = async () => (await database.sql.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`))[0]!.pid;
  /** Holds a lock that an append's INSERT into the contexts waits for (in its Parse, or its execution once parsed). */
  const holdContextsLock = async () => {
    await observer.query(`BEGIN`);
    await observer.query(`LOCK TABLE access_log_context IN SHARE MODE`);
    return async () => void (await observer.query(`ROLLBACK`));
  };
  /** A request's deadline as the consents service's internal endpoint makes one, with its answer. */
  const requestDeadline = (ms: number) => {
    const response = Object.assign(new EventEmitter(), { writableFinished: false });
    const deadline = requestDeadlineOf({ headers: {} } as IncomingMessage, response as unknown as ServerResponse, ms);
    return { deadline, answered: () => void Object.assign(response, { writableFinished: true }).emit("close") };
  };

  it("sends the two appends named, once parsed per connection, and every other statement unnamed", async () => {
    const requestId = randomUUID();
    const reads = world.clients.map((clientId) => ({ clientId, category: DataCategory.Basic, action: "read" as const }));
    // The first batch reads the facts and appends; the second is decided on the kept facts and appends at their version.
    await service.decideAndLog(worker(), reads, { requestId, source: "clients" });
    await service.decideAndLog(worker(), reads, { requestId, source: "fit" });
    written.set(requestId, world.clients.length * 2);
    await appendBoth();
    const names = await prepared();
    expect(names).toHaveLength(2);
    expect(names.map((row) => row.name)).toEqual([
      expect.stringMatching(/^silta_[0-9a-f]{32}$/),
      expect.stringMatching(/^silta_/),
    ]);
    expect(names.map((row) => row.statement)).toEqual([
      expect.stringMatching(/^\/\* prepared \*\/ WITH context AS \( INSERT INTO access_log_context/),
      expect.stringMatching(/^\/\* prepared \*\/ WITH facts AS \(SELECT version::text AS version FROM access_facts_/),
    ]);
    await appendBoth();
    expect(await prepared()).toEqual(names);
    expect(await entriesOfRequest(requestId)).toHaveLength(world.clients.length * 2);
  });

  /** Leaves the pool without its connection: the next statement opens a new one, which has parsed nothing. */
  const freshConnection = async () => {
    await database.sql.query(`SELECT pg_terminate_backend(pg_backend_pid())`).catch(() => undefined);
    expect(await prepared()).toEqual([]);
  };
  /** The ways an append fails in PostgreSQL: cancelled by its statement timeout (in its Parse on a new connection, in its execution once parsed), or failing. */
  const failures = [
    { name: "cancelled in its Parse", fresh: true, lock: true, at: undefined, error: /statement timeout/ },
    { name: "cancelled in its execution", fresh: false, lock: true, at: undefined, error: /statement timeout/ },
    { name: "failing in its first execution", fresh: true, lock: false, at: "not a time", error: /timestamp/ },
    { name: "failing once parsed", fresh: false, lock: false, at: "not a time", error: /timestamp/ },
  ];
  /** Runs both appends so that they fail in the given way, and answers their request ids. */
  const failBoth = async (
    failure: (typeof failures)[number],
    run: (work: (sql: Sql) => Promise<unknown>) => Promise<unknown>,
  ) => {
    const version = await factsVersion();
    const stopped = [randomUUID(), randomUUID()];
    const release = failure.lock ? await holdContextsLock() : undefined;
    try {
      await expect(run((sql) => appendAccessLog(sql, entriesOf(stopped[0]!, failure.at)))).rejects.toThrow(failure.error);
      await expect(run((sql) => appendAccessLogAtVersion(sql, entriesOf(stopped[1]!, failure.at), version))).rejects.toThrow(
        failure.error,
      );
    } finally {
      await release?.();
    }
    return stopped;
  };

  it.each(failures)(
    "writes the next appends after one $name, on a new connection (the pool drops a connection whose statement failed)",
    async (failure) => {
      if (failure.fresh) await freshConnection();
      else await appendBoth();
      const pid = await backendPid();
      const stopped = await failBoth(failure, (work) => work(database.sql));
      expect(await backendPid()).not.toBe(pid);
      await appendBoth();
      for (const requestId of stopped) expect(await entriesOfRequest(requestId)).toEqual([]);
    },
  );

  it.each(failures)(
    "writes the next appends after one $name in a transaction, on the same connection (pg's record of what it parsed matches PostgreSQL's)",
    async (failure) => {
      if (failure.fresh) await freshConnection();
      else await appendBoth();
      const pid = await backendPid();
      const stopped = await failBoth(failure, (work) => database.sql.transaction((tx) => work(tx)));
      // The rolled-back transaction's connection went back to the pool with pg's record of its statements.
      expect(await backendPid()).toBe(pid);
      // A cancelled Parse left no statement (pg parses it again); a parsed one outlives the rollback (pg binds it).
      expect(await prepared()).toHaveLength(failure.fresh && failure.lock ? 0 : 2);
      await appendBoth();
      expect(await backendPid()).toBe(pid);
      expect(await prepared()).toHaveLength(2);
      for (const requestId of stopped) expect(await entriesOfRequest(requestId)).toEqual([]);
    },
  );

  it("writes the next appends after one its request's deadline cancelled, in its execution and in its Parse", async () => {
    const reads = world.clients.map((clientId) => ({ clientId, category: DataCategory.Contact, action: "read" as const }));
    await appendBoth();
    // First on a connection that has parsed both appends (cancelled in the execution), then on the new
    // connection that replaced it (cancelled in the Parse): a cancelled connection is closed, not reused.
    for (const parsed of [2, 0]) {
      const pid = await backendPid();
      expect(await prepared()).toHaveLength(parsed);
      const release = await holdContextsLock();
      const { deadline, answered } = requestDeadline(300);
      const stopped = randomUUID();
      try {
        const failure = await runWithDeadline(deadline, () =>
          service.decideAndLog(worker(), reads, { requestId: stopped, source: "clients" }),
        ).catch((error: unknown) => error);
        // What the internal endpoint answers 503 "deadline" for.
        expect(stoppedForItsRequest(failure)).toBe(true);
      } finally {
        answered();
        await release();
      }
      expect(await backendPid()).not.toBe(pid);
      expect(await entriesOfRequest(stopped)).toEqual([]);
    }
    await appendBoth();
  });

  it("writes the next appends after the connection was killed under an append, or while idle", async () => {
    let pid = await backendPid();
    const release = await holdContextsLock();
    const killed = randomUUID();
    try {
      const append = appendAccessLog(database.sql, entriesOf(killed)).catch((error: Error) => error);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await observer.query(`SELECT pg_terminate_backend($1)`, [pid]);
      expect(await append).toBeInstanceOf(Error);
    } finally {
      await release();
    }
    await appendBoth();
    expect(await entriesOfRequest(killed)).toEqual([]);
    pid = await backendPid();
    expect(await prepared()).toHaveLength(2);
    await observer.query(`SELECT pg_terminate_backend($1)`, [pid]);
    // The idle connection hears of it and leaves the pool; the next append opens a new one and parses.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await appendBoth();
    expect(await backendPid()).not.toBe(pid);
  });

  it("re-plans the prepared appends when the log's tables change (a column added, partitions created and dropped)", async () => {
    await appendBoth();
    const pid = await backendPid();
    await database.sql.query(`/* prepared */ SELECT * FROM access_log_context WHERE false`);
    const newest = `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                     WHERE i.inhparent = $1::regclass AND c.relname NOT LIKE '%default%' ORDER BY c.relname DESC LIMIT 1`;
    await observer.query(`ALTER TABLE access_log ADD COLUMN probe text; ALTER TABLE access_log_context ADD COLUMN probe text`);
    try {
      await appendBoth();
      await observer.query(`SELECT access_log_ensure_partitions(now() + interval '6 months')`);
      await appendBoth();
      for (const table of ["access_log", "access_log_context"]) {
        const [partition] = (await observer.query<{ relname: string }>(newest, [table])).rows;
        await observer.query(`DROP TABLE ${partition!.relname}`);
      }
      await appendBoth();
      // Each ran as pg's Bind of the statement parsed before the change: a failure would have cost the connection.
      expect(await backendPid()).toBe(pid);
      // What the appends are spared: a statement whose result has a changed table's columns fails.
      await expect(database.sql.query(`/* prepared */ SELECT * FROM access_log_context WHERE false`)).rejects.toThrow(
        /cached plan must not change result type/,
      );
    } finally {
      await observer.query(`ALTER TABLE access_log DROP COLUMN probe; ALTER TABLE access_log_context DROP COLUMN probe`);
    }
    await appendBoth();
  });

  it("has every entry appended, and only those, and the log verifies", async () => {
    for (const [requestId, entries] of written) {
      const rows = await entriesOfRequest(requestId);
      expect(rows).toHaveLength(entries);
      expect(rows[0]!.items.map((item) => item.outcome)).not.toContain("denied");
    }
    await sealAccessLog(prisma, { wait: true });
    await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true, unsealed: 0 });
  });
});
