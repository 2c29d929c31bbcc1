import { randomUUID } from "node:crypto";
import { AccessGuard, DataCategory, remoteAccessPolicy, type AccessPolicy, type Viewer } from "@silta/kernel";
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
import { buildAccessWorld, logRows, type AccessWorld } from "./accessWorld";

/**
 * A request's follow-up reads over HTTP (docs/access.md, "Follow-up reads"): a list's page decides and
 * logs what the rest of the request reads of its clients, and the later decision calls of the same
 * decision scope are answered from those decisions, with no second entry; nothing else is.
 */
describe("decisions kept within a request's decision scope", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let world: AccessWorld;
  let policy: AccessPolicy;
  let calls = 0;

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_scopes", consentsSubgraph.migrationsDir);
    world = await buildAccessWorld(testDb.database.sql, 5);
    harness = await startSubgraph(consentsSubgraph, testDb.database);
    const remote = remoteAccessPolicy({ url: harness.url.replace(/\/graphql$/, ACCESS_ENDPOINT_PATH), key: testViewerKey });
    policy = {
      ...remote,
      decideAndLog: (...args) => {
        calls += 1;
        return remote.decideAndLog!(...args);
      },
    };
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const worker = (): Viewer => professional(world.county, { id: world.socialWorker });
  const guardOf = (source: string, requestId: string, scope?: string) =>
    new AccessGuard({
      viewer: worker(),
      policy,
      log: { append: async () => Promise.reject(new Error("every decision here is made by the consents service")) },
      requestId,
      source,
      ...(scope ? { scope } : {}),
    });
  const entriesOf = async (requestId: string) =>
    (await logRows(testDb.database.sql, { viewerId: world.socialWorker })).filter((row) => row.request_id === requestId);

  /** A caseload's page of three: the team's list of five clients and a stranger, its follow-up reads `basic` and `fit`. */
  async function caseloadPage(requestId: string, scope: string) {
    const stranger = randomUUID();
    const rows = [...world.clients, stranger].map((id) => ({ clientIds: [id] }));
    const visible = await guardOf("teams", requestId, scope).visibleAmong(rows, DataCategory.Team, 3, [
      DataCategory.Basic,
      DataCategory.Fit,
    ]);
    expect(visible).toEqual([true, true, true, true, true, false]);
    return stranger;
  }

  it("logs a page's follow-up reads with it, one entry per client, and answers the request's later calls from them", async () => {
    const requestId = randomUUID();
    const scope = randomUUID().replaceAll("-", "");
    await caseloadPage(requestId, scope);
    const page = world.clients.slice(0, 3);
    const logged = await entriesOf(requestId);
    expect(logged.map((row) => [row.client_id, row.category, row.source, row.outcome])).toEqual(
      page.flatMap((id) => ["team", "basic", "fit"].map((category) => [id, category, "teams", "allowed"])),
    );

    calls = 0;
    // The clients subgraph's names and the fit subgraph's latest scores (of one service task) of the page.
    await expect(guardOf("clients", requestId, scope).filterAllowed(page, DataCategory.Basic)).resolves.toEqual(new Set(page));
    await expect(
      guardOf("fit", requestId, scope).assert(page[0]!, DataCategory.Fit, "read", "child_protection"),
    ).resolves.toBeUndefined();
    expect(calls).toBe(2);
    expect(await entriesOf(requestId)).toHaveLength(logged.length);
  });

  it("decides and logs what the page did not: a visible client beyond it, a hidden one, another category", async () => {
    const requestId = randomUUID();
    const scope = randomUUID().replaceAll("-", "");
    const stranger = await caseloadPage(requestId, scope);
    const before = (await entriesOf(requestId)).length;
    const clients = guardOf("clients", requestId, scope);
    await expect(clients.filterAllowed([world.clients[3]!, stranger], DataCategory.Basic)).resolves.toEqual(
      new Set([world.clients[3]]),
    );
    await expect(clients.assert(world.clients[0]!, DataCategory.Contact)).resolves.toBeUndefined();
    const added = (await entriesOf(requestId)).slice(before);
    expect(added.map((row) => [row.client_id, row.category, row.source, row.outcome]).sort()).toEqual(
      [
        [world.clients[3], "basic", "clients", "allowed"],
        [stranger, "basic", "clients", "denied"],
        [world.clients[0], "contact", "clients", "allowed"],
      ].sort(),
    );
  });

  it("decides and logs again in another scope, or with none: a caller's request id alone answers nothing", async () => {
    const requestId = randomUUID();
    const scope = randomUUID().replaceAll("-", "");
    await caseloadPage(requestId, scope);
    const before = (await entriesOf(requestId)).length;
    // The same request id (a caller chooses it) in another request, or a call with no scope.
    await guardOf("clients", requestId, randomUUID().replaceAll("-", "")).assert(world.clients[0]!, DataCategory.Basic);
    await guardOf("clients", requestId).assert(world.clients[1]!, DataCategory.Basic);
    const added = (await entriesOf(requestId)).slice(before);
    expect(added.map((row) => [row.client_id, row.category, row.source])).toEqual([
      [world.clients[0], "basic", "clients"],
      [world.clients[1], "basic", "clients"],
    ]);
  });

  it("answers no other viewer in the same scope", async () => {
    const requestId = randomUUID();
    const scope = randomUUID().replaceAll("-", "");
    await caseloadPage(requestId, scope);
    const curator = professional(world.city, { id: world.curator });
    const guard = new AccessGuard({
      viewer: curator,
      policy,
      log: { append: async () => undefined },
      requestId,
      source: "clients",
      scope,
    });
    // The curator, outside the county, has no consent: denied and logged, not answered as the worker's.
    await expect(guard.assert(world.clients[0]!, DataCategory.Basic)).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
    });
    const curatorRows = (await logRows(testDb.database.sql, { viewerId: world.curator })).filter(
      (row) => row.request_id === requestId,
    );
    expect(curatorRows.map((row) => [row.client_id, row.category, row.outcome])).toEqual([[world.clients[0], "basic", "denied"]]);
  });
});
