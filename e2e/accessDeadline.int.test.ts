import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createLogger, remoteAccessPolicy, signAccessServiceToken, type Database } from "@silta/kernel";
import { DEADLINE_HEADER } from "@silta/kernel/http";
import { clientsSubgraph } from "@silta/clients";
import { consentsSubgraph } from "@silta/consents";
import { buildAccessWorld, type AccessWorld } from "@silta/consents/testing";
import { createDevTokenIssuer, createGateway, type Gateway } from "@silta/gateway";
import {
  createTestDatabase,
  eventually,
  openTableLock,
  professional,
  startSubgraph,
  testViewerKey,
  type SubgraphHarness,
  type TableLock,
  type TestDatabase,
} from "@silta/testkit";

/**
 * The deadline chain through an access decision, on real PostgreSQL: the clients subgraph asks the
 * consents service over HTTP (`/internal/access`), and the decision's statements are held to the
 * gateway's deadline, passed on by the clients subgraph, and cancelled when the request is abandoned.
 * Another session holds the access tables, so a decision statement would wait for as long as it
 * holds them; the pools have no statement_timeout, so nothing else could stop the statements.
 */
/** The consents service's own maximum (its REQUEST_DEADLINE_MS). */
const CONSENTS_MAX_MS = 2_500;
/** The clients subgraph's maximum; CONSENTS_ACCESS_TIMEOUT_MS is longer still, so neither is what stops a call below. */
const CLIENTS_MAX_MS = 4_000;
const ACCESS_TIMEOUT_MS = 8_000;
/** The gateway's wait for the clients subgraph (SUBGRAPH_TIMEOUT_MS): the shortest, so it is the deadline. */
const GATEWAY_TIMEOUT_MS = 1_500;
const query = `query($id: ID!) { client(id: $id) { id } }`;

describe("an access decision over HTTP honours the request's deadline", () => {
  let consentsDb: TestDatabase;
  let clientsDb: TestDatabase;
  let consentsServed: Database;
  let world: AccessWorld;
  let consents: SubgraphHarness;
  let clients: SubgraphHarness;
  let accessUrl: string;
  let gateway: Gateway;
  let gatewayUrl: string;
  let bearer: Record<string, string>;
  let lock: TableLock;

  beforeAll(async () => {
    [consentsDb, clientsDb] = await Promise.all([
      createTestDatabase("deadline_access_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("deadline_access_clients", clientsSubgraph.migrationsDir),
    ]);
    world = await buildAccessWorld(consentsDb.database.sql, 1);
    consentsServed = consentsDb.database;
    consents = await startSubgraph(consentsSubgraph, consentsServed, { requestDeadlineMs: CONSENTS_MAX_MS });
    accessUrl = consents.url.replace(/\/graphql$/, "/internal/access");
    clients = await startSubgraph(clientsSubgraph, clientsDb.database, {
      requestDeadlineMs: CLIENTS_MAX_MS,
      accessPolicy: remoteAccessPolicy({ url: accessUrl, key: testViewerKey, timeoutMs: ACCESS_TIMEOUT_MS }),
    });
    const issuer = await createDevTokenIssuer();
    gateway = createGateway({
      supergraphSdl: readFileSync(join(__dirname, "..", "schema", "supergraph.graphql"), "utf8"),
      subgraphUrls: { clients: clients.url },
      verifier: issuer.verifier,
      viewerKey: testViewerKey,
      log: createLogger({ service: "gateway", level: "silent" }),
      metrics: false,
      rateLimit: { requests: 1_000_000 },
      subgraphPolicy: { timeoutMs: GATEWAY_TIMEOUT_MS, retries: 0 },
    });
    gatewayUrl = await gateway.start(0);
    bearer = {
      authorization: `Bearer ${await issuer.issue({
        sub: world.socialWorker,
        silta_kind: "professional",
        silta_org: world.county,
        roles: ["social_worker"],
      })}`,
    };
    lock = await openTableLock();
    // Plans the operation and warms both services: what is timed below is the deadline alone.
    expect((await (await post(gatewayUrl)).json()) as unknown).toMatchObject({ data: { client: null } });
  });

  afterAll(async () => {
    await lock?.close();
    await gateway?.stop();
    await clients?.stop();
    await consents?.stop();
    await clientsDb?.drop();
    await consentsDb?.drop();
  });

  /** Statements waiting on the lock: a cancelled statement leaves the count. */
  const blocked = () => lock.blocked();
  /** Runs `work` while another session holds the table every decision reads. */
  const whileLocked = <T>(work: () => Promise<T>): Promise<T> =>
    // The facts' version is every decision's first statement (facts kept between decisions); the facts too.
    lock.whileLocked(`"${consentsDb.database.schema}".access_facts_version, "${consentsDb.database.schema}".access_client`, work);
  const post = (url: string, headers: Record<string, string> = {}, signal?: AbortSignal) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer, ...headers },
      body: JSON.stringify({ query, variables: { id: world.clients[0] } }),
      signal,
    });

  it("answers ACCESS_DECISION_UNAVAILABLE (reason deadline) at the gateway's deadline and cancels the decision", async () => {
    await whileLocked(async () => {
      const started = performance.now();
      // A caller's own deadline header is never forwarded: it lifts nothing.
      const answering = post(gatewayUrl, { [DEADLINE_HEADER]: "600000" });
      expect(await eventually(async () => (await blocked()) >= 1, 1_000)).toBe(true);
      const answer = await answering;
      const elapsed = performance.now() - started;
      expect(answer.status).toBe(200);
      // Undecided, never a denial: nothing shown, and it says why.
      expect(await answer.json()).toEqual({
        data: { client: null },
        errors: [
          expect.objectContaining({
            path: ["client"],
            message: expect.stringMatching(/ran out of time before access/),
            extensions: expect.objectContaining({ code: "ACCESS_DECISION_UNAVAILABLE", reason: "deadline" }),
          }),
        ],
      });
      // The decision waited (it was not refused at once) and stopped at the deadline the clients
      // subgraph announced, so the answer came back before the gateway's own timeout.
      expect(elapsed).toBeGreaterThanOrEqual(800);
      expect(elapsed).toBeLessThan(GATEWAY_TIMEOUT_MS);
      // Gone from PostgreSQL, not merely abandoned.
      expect(await eventually(async () => (await blocked()) === 0, 500)).toBe(true);
    });
  });

  it("cancels the decision's statement when the gateway's caller hangs up", async () => {
    await whileLocked(async () => {
      const caller = new AbortController();
      const answering = post(gatewayUrl, {}, caller.signal).catch(() => "aborted");
      expect(await eventually(async () => (await blocked()) >= 1, 1_000)).toBe(true);
      caller.abort();
      expect(await answering).toBe("aborted");
      // Well before any deadline: gateway → clients → consents, each call aborted, the statement cancelled.
      expect(await eventually(async () => (await blocked()) === 0, 500)).toBe(true);
    });
  });

  it("holds a direct caller of /internal/access to the consents service's maximum, whatever deadline it announces", async () => {
    const token = await signAccessServiceToken(
      { viewer: professional(world.county, { id: world.socialWorker }), source: "clients", requestId: randomUUID() },
      testViewerKey,
    );
    await whileLocked(async () => {
      const started = performance.now();
      const answer = await fetch(accessUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, [DEADLINE_HEADER]: "600000" },
        body: JSON.stringify({ requests: [{ clientId: world.clients[0], category: "basic", action: "read" }] }),
      });
      const elapsed = performance.now() - started;
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ error: "deadline" });
      expect(elapsed).toBeGreaterThanOrEqual(CONSENTS_MAX_MS - 50);
      expect(elapsed).toBeLessThan(CONSENTS_MAX_MS + 1_500);
      expect(await eventually(async () => (await blocked()) === 0, 500)).toBe(true);
    });
  });

  it("decides again once the access tables are free", async () => {
    const answer = await post(gatewayUrl);
    expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined();
  });
});
