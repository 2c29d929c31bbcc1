import { randomUUID } from "node:crypto";
import pg from "pg";
import { migrate, openPostgres, type Database } from "@silta/kernel";
import { clientsSubgraph } from "@silta/clients";
import {
  createTestDatabase,
  professional,
  startPrivatePostgres,
  startSubgraph,
  testDatabaseUrl,
  type PrivatePostgres,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";

/**
 * A subgraph whose database is slow or gone answers a clear SERVICE_UNAVAILABLE at the field's path
 * (HTTP 200, so the gateway forwards it), never INTERNAL_SERVER_ERROR, and never keeps PostgreSQL busy
 * after the caller has stopped waiting.
 */
const county = randomUUID();
const viewer = professional(county, { id: randomUUID() });
const search = `query($name: String) { clients(search: { name: $name }) { edges { cursor } } }`;

describe("a statement that runs past the statement timeout", () => {
  let testDb: TestDatabase;
  let timed: Database;
  let harness: SubgraphHarness;
  let locker: pg.Client;

  beforeAll(async () => {
    testDb = await createTestDatabase("stmt_timeout_clients", clientsSubgraph.migrationsDir);
    timed = await openPostgres({ url: testDatabaseUrl(), schema: testDb.database.schema, poolSize: 2, statementTimeoutMs: 300 });
    harness = await startSubgraph(clientsSubgraph, timed, { controllerOrganizationIds: [county] });
    locker = new pg.Client({ connectionString: testDatabaseUrl() });
    await locker.connect();
  });

  afterAll(async () => {
    await locker.end();
    await harness.stop();
    await timed.close();
    await testDb.drop();
  });

  it("is cancelled by PostgreSQL and answered as SERVICE_UNAVAILABLE saying what to do", async () => {
    // Another session holds the client table: the search waits on its lock until the timeout cancels it.
    await locker.query("BEGIN");
    await locker.query(`LOCK TABLE "${testDb.database.schema}".client IN ACCESS EXCLUSIVE MODE`);
    try {
      const answer = await harness.query(search, { name: "Aino" }, viewer);
      expect(answer.status).toBe(200);
      expect(answer.errors).toEqual([
        expect.objectContaining({
          path: ["clients"],
          message: expect.stringMatching(/statement timeout.*Narrow the request/),
          extensions: expect.objectContaining({ code: "SERVICE_UNAVAILABLE", reason: "statement_timeout" }),
        }),
      ]);
    } finally {
      await locker.query("ROLLBACK");
    }
  });

  it("leaves the pool serving the next request", async () => {
    const answer = await harness.query(search, { name: "Aino" }, viewer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ clients: { edges: [] } });
  });

  it("is what a subgraph server is configured with, below the gateway's subgraph timeout by default", async () => {
    const { subgraphConfigSchema } = await import("@silta/kernel");
    const config = subgraphConfigSchema(4001).parse({ VIEWER_SIGNING_SECRET: "x".repeat(32) });
    expect(config.DATABASE_STATEMENT_TIMEOUT_MS).toBe(3_000);
  });
});

describe("a database that goes down and comes back", () => {
  let server: PrivatePostgres;
  let database: Database;
  let harness: SubgraphHarness;
  const ready = async () => {
    const response = await fetch(new URL("/health/ready", harness.url));
    return { status: response.status, body: (await response.json()) as { checks: Record<string, string> } };
  };

  beforeAll(async () => {
    server = await startPrivatePostgres(5491);
    database = await openPostgres({
      url: server.url,
      schema: "clients",
      poolSize: 2,
      statementTimeoutMs: 2_000,
      connectTimeoutMs: 1_000,
    });
    await migrate(database.sql, clientsSubgraph.migrationsDir);
    harness = await startSubgraph(clientsSubgraph, database, { controllerOrganizationIds: [county] });
  }, 60_000);

  afterAll(async () => {
    await harness?.stop();
    await database?.close();
    await server?.destroy();
  });

  it("is ready and answers while PostgreSQL is up", async () => {
    expect(await ready()).toEqual({ status: 200, body: expect.objectContaining({ checks: { database: "ok" } }) });
    expect((await harness.query(search, { name: "Aino" }, viewer)).errors).toBeUndefined();
  });

  it("says it is not ready, and answers SERVICE_UNAVAILABLE rather than hanging, while PostgreSQL is down", async () => {
    await server.stop();
    expect(await ready()).toEqual({ status: 503, body: expect.objectContaining({ checks: { database: "failing" } }) });
    for (const attempt of [1, 2]) {
      const answer = await harness.query(search, { name: "Aino" }, viewer);
      expect({ attempt, status: answer.status, errors: answer.errors }).toEqual({
        attempt,
        status: 200,
        errors: [
          expect.objectContaining({
            path: ["clients"],
            message: expect.stringMatching(/database is unavailable.*Try again/),
            extensions: expect.objectContaining({ code: "SERVICE_UNAVAILABLE", reason: "database_unavailable" }),
          }),
        ],
      });
    }
  });

  it("recovers without a restart once PostgreSQL is back", async () => {
    await server.start();
    expect(await ready()).toMatchObject({ status: 200 });
    const answer = await harness.query(search, { name: "Aino" }, viewer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ clients: { edges: [] } });
  });
});
