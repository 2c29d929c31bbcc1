import { randomUUID } from "node:crypto";
import {
  AccessGuard,
  AccessServiceTokens,
  DataCategory,
  remoteAccessPolicy,
  signViewer,
  viewerKey,
  type AccessLogEntry,
  type AccessPolicy,
  type Database,
  type Viewer,
} from "@silta/kernel";
import {
  createTestDatabase,
  professional,
  startSubgraph,
  testViewerKey,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { ACCESS_ENDPOINT_PATH } from "../src/access/accessEndpoint";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";

const consentsQuery = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Client { id consents { id } } } }`;

describe("access decisions over HTTP (servers mode) and when the consents store is down", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let world: AccessWorld;
  let endpoint: string;

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_remote", consentsSubgraph.migrationsDir);
    world = await buildAccessWorld(testDb.database.sql, 100);
    harness = await startSubgraph(consentsSubgraph, testDb.database);
    endpoint = harness.url.replace(/\/graphql$/, ACCESS_ENDPOINT_PATH);
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const worker = (): Viewer => professional(world.county, { id: world.socialWorker });

  function guardWith(policy: AccessPolicy, viewer: Viewer, fallback: AccessLogEntry[] = []) {
    let calls = 0;
    const counting: AccessPolicy = {
      decide: policy.decide,
      decideAndLog: (...args) => {
        calls += 1;
        return policy.decideAndLog!(...args);
      },
    };
    const requestId = randomUUID();
    const guard = new AccessGuard({
      viewer,
      policy: counting,
      log: { append: async (entries) => void fallback.push(...entries) },
      requestId,
      source: "fit",
    });
    return { guard, requestId, calls: () => calls };
  }

  it("decides and logs a batch of 100 clients in one HTTP call to the consents service", async () => {
    const { guard, requestId, calls } = guardWith(remoteAccessPolicy({ url: endpoint, key: testViewerKey }), worker());
    const allowed = await guard.filterAllowed(world.clients, DataCategory.Fit);
    expect(allowed.size).toBe(100);
    expect(calls()).toBe(1);
    const entries = await testDb.database.sql.query<{ source: string; outcome: string }>(
      `SELECT source, items->0->>'outcome' AS outcome FROM access_log_entries WHERE request_id = $1`,
      [requestId],
    );
    expect(entries).toHaveLength(100);
    expect(entries.every((entry) => entry.source === "fit" && entry.outcome === "allowed")).toBe(true);
  });

  it("answers a viewer's requests with one reused token, logging each under the request it names, and refuses a call naming none", async () => {
    const policy = remoteAccessPolicy({ url: endpoint, key: testViewerKey });
    const first = guardWith(policy, worker());
    const second = guardWith(policy, worker());
    await first.guard.assert(world.clients[0]!, DataCategory.Fit);
    await second.guard.assert(world.clients[1]!, DataCategory.Fit);
    const entries = await testDb.database.sql.query<{ request_id: string; client_id: string }>(
      `SELECT request_id, client_id FROM access_log_entries WHERE request_id = ANY($1::text[]) ORDER BY client_id`,
      [[first.requestId, second.requestId]],
    );
    expect(entries.map((entry) => [entry.request_id, entry.client_id]).sort()).toEqual(
      [
        [first.requestId, world.clients[0]],
        [second.requestId, world.clients[1]],
      ].sort(),
    );

    const reusable = new AccessServiceTokens(testViewerKey).tokenFor(worker(), "fit");
    const unnamed = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${reusable}` },
      body: JSON.stringify({ requests: [{ clientId: world.clients[0], category: "fit", action: "read" }] }),
    });
    expect(unnamed.status).toBe(400);
  });

  it("decides grants and child welfare notices over HTTP, with the organisation a grant names", async () => {
    const remote = remoteAccessPolicy({ url: endpoint, key: testViewerKey });
    const [client] = world.clients as [string];
    const { guard } = guardWith(remote, worker());
    await expect(guard.assertMayGrant(client, DataCategory.Basic, world.county)).resolves.toBeUndefined();
    await expect(guard.assertMayGrant(client, DataCategory.Basic, world.city)).rejects.toMatchObject({
      extensions: { reason: "not_own_organization" },
    });
    const curator = professional(world.city, { id: randomUUID(), roles: ["school_curator"] });
    await expect(guardWith(remote, curator).guard.assert(client, DataCategory.Concerns, "notify")).resolves.toBeUndefined();
  });

  it("carries the service task of tagged data over HTTP: a ban of one task's FIT data leaves another task's visible", async () => {
    const client = world.clients[1]!;
    const recorded = await harness.query(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          clientId: client,
          recipientOrganizationIds: [world.city],
          categories: ["FIT"],
          purpose: "School work",
          form: "WRITTEN",
          evidenceReference: "DOC-9",
          validFrom: "2020-01-01",
        },
      },
      worker(),
    );
    expect(recorded.errors).toBeUndefined();
    const banned = await harness.query(
      `mutation ($input: RecordBanInput!) { recordBan(input: $input) { id } }`,
      { input: { clientId: client, kind: "SERVICE_TASK", serviceTask: "child_protection", categories: ["FIT"] } },
      worker(),
    );
    expect(banned.errors).toBeUndefined();
    const curator = professional(world.city, { id: world.curator });
    const { guard } = guardWith(remoteAccessPolicy({ url: endpoint, key: testViewerKey }), curator);
    await expect(guard.assert(client, DataCategory.Fit, "read", "family_counselling")).resolves.toBeUndefined();
    await expect(guard.assert(client, DataCategory.Fit, "read", "child_protection")).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN", category: "fit" },
    });
    // Untagged FIT data cannot be shown to be outside the banned task: denied (fail closed).
    await expect(guard.assert(client, DataCategory.Fit)).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN", category: "fit" },
    });
  });

  it("refuses a decision call signed with another key or carrying a gateway viewer header, and the guard denies", async () => {
    const forged = remoteAccessPolicy({ url: endpoint, key: viewerKey("x".repeat(40)) });
    const fallback: AccessLogEntry[] = [];
    const { guard } = guardWith(forged, worker(), fallback);
    await expect(guard.assert(world.clients[0]!, DataCategory.Fit)).rejects.toMatchObject({
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE" },
    });
    expect(fallback).toEqual([expect.objectContaining({ outcome: "denied", basis: "decision_unavailable" })]);

    const viewerHeader = await signViewer(worker(), testViewerKey, "consents");
    const replayed = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${viewerHeader}` },
      body: JSON.stringify({ requests: [{ clientId: world.clients[0], category: "fit", action: "read" }] }),
    });
    expect(replayed.status).toBe(401);
  });

  it("fails closed when the consents service cannot be reached: denied, no data", async () => {
    const { guard } = guardWith(remoteAccessPolicy({ url: "http://127.0.0.1:1/internal/access", key: testViewerKey }), worker());
    await expect(guard.assert(world.clients[0]!, DataCategory.Basic)).rejects.toMatchObject({
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE" },
    });
  });

  it("fails closed when the consents database is down: the field is null with ACCESS_DECISION_UNAVAILABLE and nothing leaks", async () => {
    const down: Database = {
      ...testDb.database,
      sql: {
        query: async () => Promise.reject(new Error("connection refused")),
        exec: async () => Promise.reject(new Error("connection refused")),
        transaction: async () => Promise.reject(new Error("connection refused")),
      },
      // The access decisions read through the subgraph's Prisma client: its connections fail too.
      prismaAdapter: {
        provider: testDb.database.prismaAdapter.provider,
        adapterName: testDb.database.prismaAdapter.adapterName,
        connect: async () => Promise.reject(new Error("connection refused")),
      },
    };
    const broken = await startSubgraph(consentsSubgraph, down);
    try {
      const response = await broken.query<{ _entities: unknown[] }>(
        consentsQuery,
        { representations: [{ __typename: "Client", id: world.clients[0] }] },
        worker(),
      );
      expect(response.data?._entities).toEqual([{ id: world.clients[0], consents: null }]);
      expect(response.errors?.[0]?.extensions?.["code"]).toBe("ACCESS_DECISION_UNAVAILABLE");
    } finally {
      await broken.stop();
    }
    // The guard's fallback sink got the denied attempt; the durable log could not be written.
    expect(broken.accessLog).toEqual([expect.objectContaining({ outcome: "denied", basis: "decision_unavailable" })]);
  });
});
