import { randomUUID } from "node:crypto";
import pg from "pg";
import { openPostgres, type Database } from "@silta/kernel";
import { clientsSubgraph } from "@silta/clients";
import {
  createTestDatabase,
  professional,
  startSubgraph,
  testDatabaseUrl,
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
