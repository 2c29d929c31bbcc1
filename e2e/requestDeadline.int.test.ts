import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createLogger, openPostgres, signViewer, VIEWER_HEADER, type Database } from "@silta/kernel";
import { DEADLINE_HEADER } from "@silta/kernel/http";
import { clientsSubgraph } from "@silta/clients";
import { createDevTokenIssuer, createGateway, type Gateway } from "@silta/gateway";
import {
  createTestDatabase,
  eventually,
  openTableLock,
  professional,
  startSubgraph,
  testDatabaseUrl,
  testViewerKey,
  type SubgraphHarness,
  type TableLock,
  type TestDatabase,
} from "@silta/testkit";

/**
 * The deadline chain on real PostgreSQL: the gateway announces how long it will still wait, the
 * subgraph holds its statements to that (never to more than its own maximum), and a statement still
 * running then, or when the caller hangs up, is cancelled in PostgreSQL itself. The pool has no
 * statement_timeout here, so nothing else could stop the statements.
 */
const county = randomUUID();
const viewer = professional(county, { id: randomUUID() });
const search = `query($name: String) { clients(search: { name: $name }) { edges { cursor } } }`;
/** The subgraph's own maximum (REQUEST_DEADLINE_MS). */
const SUBGRAPH_MAX_MS = 3_000;
/** The gateway's wait for the clients subgraph (SUBGRAPH_TIMEOUT_MS). */
const GATEWAY_TIMEOUT_MS = 2_000;

describe("a request's deadline reaches PostgreSQL", () => {
  let testDb: TestDatabase;
  let served: Database;
  let harness: SubgraphHarness;
  let gateway: Gateway;
  let gatewayUrl: string;
  let bearer: Record<string, string>;
  let lock: TableLock;

  beforeAll(async () => {
    testDb = await createTestDatabase("deadline_clients", clientsSubgraph.migrationsDir);
    served = await openPostgres({ url: testDatabaseUrl(), schema: testDb.database.schema, poolSize: 4 });
    harness = await startSubgraph(clientsSubgraph, served, {
      controllerOrganizationIds: [county],
      requestDeadlineMs: SUBGRAPH_MAX_MS,
    });
    const issuer = await createDevTokenIssuer();
    gateway = createGateway({
      supergraphSdl: readFileSync(join(__dirname, "..", "schema", "supergraph.graphql"), "utf8"),
      subgraphUrls: { clients: harness.url },
      verifier: issuer.verifier,
      viewerKey: testViewerKey,
      log: createLogger({ service: "gateway", level: "silent" }),
      metrics: false,
      rateLimit: { requests: 1_000_000 },
      subgraphPolicy: { timeoutMs: GATEWAY_TIMEOUT_MS, retries: 0 },
    });
    gatewayUrl = await gateway.start(0);
    bearer = {
      authorization: `Bearer ${await issuer.issue({ sub: viewer.id, silta_kind: "professional", silta_org: county, roles: ["social_worker"] })}`,
    };
    lock = await openTableLock();
    // The first request plans the operation, and the first refusal warms the error path (its first stack
    // trace is source-mapped, some hundred ms once per process): what is timed below is the deadline alone.
    expect(await (await post(gatewayUrl, bearer)).json()).toEqual({ data: { clients: { edges: [] } } });
    const spent = await post(harness.url, { ...(await signed()), [DEADLINE_HEADER]: "0" });
    expect(await spent.json()).toMatchObject({ errors: [{ extensions: { code: "SERVICE_UNAVAILABLE", reason: "deadline" } }] });
  });

  afterAll(async () => {
    await lock?.close();
    await gateway?.stop();
    await harness?.stop();
    await served?.close();
    await testDb?.drop();
  });

  /** Statements waiting on the lock: a cancelled statement leaves the count. */
  const blocked = () => lock.blocked();
  /** Runs `work` while another session holds the client table, so the search waits on its lock. */
  const whileLocked = <T>(work: () => Promise<T>): Promise<T> => lock.whileLocked(`"${testDb.database.schema}".client`, work);
  const post = (url: string, headers: Record<string, string>, signal?: AbortSignal) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: search, variables: { name: "Aino" } }),
      signal,
    });
  const signed = async () => ({ [VIEWER_HEADER]: await signViewer(viewer, testViewerKey, "clients") });

  it("holds a direct caller with a signed viewer to the subgraph's maximum, whatever deadline it announces", async () => {
    await whileLocked(async () => {
      const started = performance.now();
      const answer = await post(harness.url, { ...(await signed()), [DEADLINE_HEADER]: "600000" });
      const elapsed = performance.now() - started;
      expect((await answer.json()) as unknown).toMatchObject({
        errors: [{ path: ["clients"], extensions: { code: "SERVICE_UNAVAILABLE", reason: "deadline" } }],
      });
      expect(elapsed).toBeGreaterThanOrEqual(SUBGRAPH_MAX_MS - 50);
      expect(elapsed).toBeLessThan(SUBGRAPH_MAX_MS + 1_500);
      // Gone from PostgreSQL, not merely abandoned (a statement the answer did not wait for may take a moment).
      expect(await eventually(async () => (await blocked()) === 0, 500)).toBe(true);
    });
  });

  it("cancels the statement at the gateway's deadline and answers SERVICE_UNAVAILABLE, not an internal error", async () => {
    await whileLocked(async () => {
      const started = performance.now();
      // A caller's own deadline header is not the gateway's: it is never forwarded, so it cannot lift the limit.
      const answering = post(gatewayUrl, { ...bearer, [DEADLINE_HEADER]: "600000" });
      expect(await eventually(async () => (await blocked()) >= 1, 1_000)).toBe(true);
      const answer = await answering;
      const elapsed = performance.now() - started;
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({
        data: null,
        errors: [
          expect.objectContaining({
            path: ["clients"],
            message: expect.stringMatching(/ran out of time.*Narrow the request/),
            extensions: expect.objectContaining({ code: "SERVICE_UNAVAILABLE", reason: "deadline" }),
          }),
        ],
      });
      // The subgraph answered before the gateway's own timeout: the gateway's wait, minus its margin, was the deadline.
      expect(elapsed).toBeLessThan(GATEWAY_TIMEOUT_MS);
      // Gone from PostgreSQL, not merely abandoned (a statement the answer did not wait for may take a moment).
      expect(await eventually(async () => (await blocked()) === 0, 500)).toBe(true);
    });
  });

  it("cancels the statement when the caller hangs up, long before the deadline", async () => {
    await whileLocked(async () => {
      const caller = new AbortController();
      const answering = post(harness.url, await signed(), caller.signal).catch(() => "aborted");
      expect(await eventually(async () => (await blocked()) >= 1, 1_000)).toBe(true);
      const hungUp = performance.now();
      caller.abort();
      expect(await answering).toBe("aborted");
      expect(await eventually(async () => (await blocked()) === 0, 1_000)).toBe(true);
      expect(performance.now() - hungUp).toBeLessThan(SUBGRAPH_MAX_MS - 1_000);
    });
  });

  it("cancels the statement when the gateway's own caller hangs up", async () => {
    await whileLocked(async () => {
      const caller = new AbortController();
      const answering = post(gatewayUrl, bearer, caller.signal).catch(() => "aborted");
      expect(await eventually(async () => (await blocked()) >= 1, 1_000)).toBe(true);
      caller.abort();
      expect(await answering).toBe("aborted");
      // Well before the 1.8 s deadline the gateway announced: the gateway aborted its call, the subgraph cancelled.
      expect(await eventually(async () => (await blocked()) === 0, 700)).toBe(true);
    });
  });

  it("leaves the subgraph serving once the lock is gone", async () => {
    const answer = await post(gatewayUrl, bearer);
    expect(await answer.json()).toEqual({ data: { clients: { edges: [] } } });
  });
});
