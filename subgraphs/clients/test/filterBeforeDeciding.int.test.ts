import { randomInt, randomUUID } from "node:crypto";
import { remoteAccessPolicy, signAccessServiceToken, todayIn, type Sql, type Viewer } from "@silta/kernel";
import {
  countStatements,
  createTestDatabase,
  professional,
  signedViewerHeaders,
  startSubgraph,
  testViewerKey,
  type CountingDatabase,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { ACCESS_ENDPOINT_PATH, consentsSubgraph } from "@silta/consents";
import { ACCESS_LOG_SEALER_STATEMENTS, buildAccessWorld, logRows, type AccessWorld } from "@silta/consents/testing";
import { clientsSubgraph } from "../src";

type Search = {
  clients: {
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null; truncated: boolean };
  };
};
const search = `query ($search: ClientSearch!, $first: Int, $after: String) {
  clients(search: $search, first: $first, after: $after) {
    edges { cursor node { id } } pageInfo { hasNextPage endCursor truncated }
  }
}`;
const letters = (length: number) => Array.from({ length }, () => "bcdfghjklmnpqrstvwxz"[randomInt(20)]).join("");

/** A family of the given clients (made clients of the clients subgraph first when they are not yet). */
async function insertFamily(sql: Sql, county: string, id: string, members: string[]) {
  await sql.query(
    `INSERT INTO client (id, first_name, last_name, controller_organization_id, updated_at, temporary_identifier)
     SELECT id, 'Perheenjasen', 'Piilo', $2, now(), 'T-' || id FROM unnest($1::uuid[]) AS t(id) ON CONFLICT (id) DO NOTHING`,
    [members, county],
  );
  await sql.query(`INSERT INTO family (id, name) VALUES ($1, 'Perhe')`, [id]);
  await sql.query(`INSERT INTO family_member (family_id, client_id, relation) SELECT $1, unnest($2::uuid[]), 'CHILD'`, [
    id,
    members,
  ]);
}

/**
 * Filter, then page (docs/decisions/0013), in servers mode: the clients subgraph asks the consents
 * service over HTTP which of a window of matches the viewer may see, and decides and logs only the
 * rows of its page. How many hidden clients match changes neither the decisions, nor the log, nor
 * the statements.
 */
describe("a client search narrows its matches before deciding", () => {
  const databases: TestDatabase[] = [];
  const harnesses: SubgraphHarness[] = [];
  let world: AccessWorld;
  let clientsDb: CountingDatabase;
  let consentsDb: CountingDatabase;
  let clients: SubgraphHarness;
  let consents: SubgraphHarness;
  let worker: Viewer;
  const accessCalls: string[] = [];
  /** Five clients of the worker, in search order, among 200 hidden ones sharing their surname. */
  const crowded = `Crowd${letters(10)}`;
  const visible: string[] = [];
  /** Five other clients of the worker, whose surname no hidden client has. */
  const alone = `Solo${letters(10)}`;
  const visibleAlone: string[] = [];
  /** A surname only hidden clients have (200 of them), and one nobody has. */
  const hiddenOnly = `Hid${letters(10)}`;
  const nobody = `Nob${letters(10)}`;

  beforeAll(async () => {
    const [consentsTest, clientsTest] = await Promise.all([
      createTestDatabase("filter_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("filter_clients", clientsSubgraph.migrationsDir),
    ]);
    databases.push(consentsTest!, clientsTest!);
    world = await buildAccessWorld(consentsTest!.database.sql, 10);
    worker = professional(world.county, { id: world.socialWorker });
    // The consents service decides on its Prisma client, counted there, without its access log sealer.
    consentsDb = countStatements(consentsTest!.database, ACCESS_LOG_SEALER_STATEMENTS);
    consents = await startSubgraph(consentsSubgraph, consentsDb.database);
    harnesses.push(consents);
    clientsDb = countStatements(clientsTest!.database);
    const remote = remoteAccessPolicy({ url: new URL(ACCESS_ENDPOINT_PATH, consents.url).href, key: testViewerKey });
    clients = await startSubgraph(clientsSubgraph, clientsDb.database, {
      // Counted: which calls the clients subgraph makes to the consents service.
      accessPolicy: {
        ...remote,
        decideAndLog: (...call) => (accessCalls.push("decideAndLog"), remote.decideAndLog!(...call)),
        visibleAmong: (...call) => (accessCalls.push("visibleAmong"), remote.visibleAmong!(...call)),
      },
    });
    harnesses.push(clients);

    // Hidden clients are on record (the clients subgraph's rows) but nowhere in the worker's projection.
    const rows: [string, string, string][] = [];
    world.clients.forEach((id, index) => {
      if (index < 5) visible.push(id);
      else visibleAlone.push(id);
      rows.push([id, `A${index % 5}${letters(4)}`, index < 5 ? crowded : alone]);
    });
    for (let index = 0; index < 200; index++) {
      // Interleaved with the visible ones in search order: "A0…" < "A0z…" < "A1…".
      rows.push([randomUUID(), `A${index % 5}z${letters(4)}`, crowded]);
      rows.push([randomUUID(), `B${letters(6)}`, hiddenOnly]);
    }
    await clientsTest!.database.sql.query(
      `INSERT INTO client (id, first_name, last_name, controller_organization_id, updated_at, temporary_identifier)
       SELECT id, first_name, last_name, $4, now(), 'T-' || id
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, first_name, last_name)`,
      [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2]), world.county],
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(harnesses.map((harness) => harness.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  /** One search, with what it cost: log entries written, Prisma statements, consents statements. */
  async function measured(viewer: Viewer, variables: Record<string, unknown>) {
    const before = (await logRows(consentsDb.database.sql, { viewerId: viewer.id })).length;
    clientsDb.reset();
    consentsDb.reset();
    const answer = await clients.query<Search>(search, variables, viewer);
    const cost = { clientsStatements: clientsDb.count, consentsStatements: consentsDb.count };
    const logged = (await logRows(consentsDb.database.sql, { viewerId: viewer.id })).slice(before);
    return { answer, cost, logged };
  }

  it("costs the same for a name only 200 hidden clients have as for a name nobody has", async () => {
    const hidden = await measured(worker, { search: { name: hiddenOnly }, first: 5 });
    const none = await measured(worker, { search: { name: nobody }, first: 5 });
    expect(hidden.answer.data?.clients).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null, truncated: false },
    });
    expect(none.answer).toEqual(hidden.answer);
    expect(hidden.logged).toEqual([]);
    expect(none.logged).toEqual([]);
    expect(hidden.cost).toEqual(none.cost);
    // The consents service's statements are counted (on its Prisma client), so the equality above says something.
    expect(hidden.cost.consentsStatements).toBeGreaterThan(0);
  });

  it("decides and logs only the page's rows, however many hidden clients share their name", async () => {
    const crowd = await measured(worker, { search: { name: crowded }, first: 2 });
    // The same search among no hidden clients.
    const solo = await measured(worker, { search: { name: alone }, first: 2 });
    expect(crowd.answer.data?.clients.edges.map((edge) => edge.node.id)).toEqual(visible.slice(0, 2));
    expect(crowd.answer.data?.clients.pageInfo).toMatchObject({ hasNextPage: true, truncated: false });
    expect(solo.answer.data?.clients.edges.map((edge) => edge.node.id)).toEqual(visibleAlone.slice(0, 2));
    // Two rows decided and logged (the page), nothing of the 200 hidden matches.
    expect(new Set(crowd.logged.map((row) => row.client_id))).toEqual(new Set(visible.slice(0, 2)));
    expect(crowd.logged.every((row) => row.outcome === "allowed")).toBe(true);
    expect(solo.logged).toHaveLength(2);
    expect(crowd.cost).toEqual(solo.cost);
    expect(crowd.cost.consentsStatements).toBeGreaterThan(0);
  });

  it("pages through the visible matches only, a cursor at a time", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const answer: Awaited<ReturnType<typeof measured>> = await measured(worker, {
        search: { name: crowded },
        first: 2,
        after,
      });
      const page = answer.answer.data!.clients;
      seen.push(...page.edges.map((edge) => edge.node.id));
      expect(answer.logged.map((row) => row.client_id).sort()).toEqual(page.edges.map((edge) => edge.node.id).sort());
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(visible);
  });

  it("lets a viewer whose basis is scope-wide find every match, hidden from others or not", async () => {
    const integration: Viewer = { id: `system-${randomUUID()}`, kind: "system", roles: [], scopes: ["clients:read"] };
    const found = await measured(integration, { search: { name: crowded }, first: 100 });
    expect(found.answer.data?.clients.edges).toHaveLength(100);
    expect(found.answer.data?.clients.pageInfo).toMatchObject({ hasNextPage: true, truncated: false });
    expect(found.logged).toHaveLength(100);
    const unscoped = await measured({ ...integration, scopes: ["fit:read"] }, { search: { name: crowded }, first: 100 });
    expect(unscoped.answer.data?.clients.edges).toEqual([]);
  });

  it("hides a client whose only basis was revoked from the very next search", async () => {
    const [client] = visible;
    expect((await measured(worker, { search: { name: crowded }, first: 1 })).answer.data?.clients.edges[0]?.node.id).toBe(client);
    const sql = databases[0]!.database.sql;
    await sql.query(`DELETE FROM access_responsible_worker WHERE client_id = $1`, [client]);
    await sql.query(`DELETE FROM access_team_client WHERE client_id = $1`, [client]);
    const next = await measured(worker, { search: { name: crowded }, first: 1 });
    expect(next.answer.data?.clients.edges.map((edge) => edge.node.id)).toEqual([visible[1]]);
    expect(next.logged.map((row) => row.client_id)).toEqual([visible[1]]);
  });

  it("drops a client from a partner's next search as soon as the consent that showed it is revoked", async () => {
    const curator = professional(world.city, { id: world.curator, roles: ["school_curator"] });
    const client = visible[2]!;
    const recorded = await consents.query<{ recordConsent: { id: string } }>(
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          clientId: client,
          recipientOrganizationIds: [world.city],
          categories: ["BASIC"],
          purpose: "School work",
          form: "WRITTEN",
          evidenceReference: "DOC-7",
          validFrom: "2020-01-01",
        },
      },
      worker,
    );
    expect(recorded.errors).toBeUndefined();
    const before = await measured(curator, { search: { name: crowded }, first: 5 });
    expect(before.answer.data?.clients.edges.map((edge) => edge.node.id)).toEqual([client]);
    const revoked = await consents.query(
      `mutation ($id: ID!) { revokeConsent(id: $id) { id } }`,
      { id: recorded.data!.recordConsent.id },
      worker,
    );
    expect(revoked.errors).toBeUndefined();
    const after = await measured(curator, { search: { name: crowded }, first: 5 });
    expect(after.answer.data?.clients).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null, truncated: false },
    });
    expect(after.logged).toEqual([]);
  });

  it("answers which clients are visible only to a subgraph's service token, and only for a well-formed list", async () => {
    const url = new URL(`${ACCESS_ENDPOINT_PATH}/visible`, consents.url).href;
    const post = (body: unknown, token?: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const call = { category: "basic", rows: [{ clientIds: [visible[1]] }, { clientIds: [randomUUID()] }] };
    expect((await post(call)).status).toBe(401);
    const token = await signAccessServiceToken({ viewer: worker, source: "clients", requestId: "r-visible" }, testViewerKey);
    expect((await post({ ...call, category: "access_log" }, token)).status).toBe(400);
    const answer = await post(call, token);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ visible: [0] });
    // A row of several clients (a family's record) is visible only when every one of them is.
    const family = await post(
      { category: "basic", rows: [{ clientIds: [visible[1], randomUUID()] }, { clientIds: [visible[1], visible[2]] }] },
      token,
    );
    expect(await family.json()).toEqual({ visible: [1] });
    // A shown row's page reads are decided with it and answered; a row not shown answers none, and a
    // page read of anyone but the row's own clients is refused as a whole.
    const withReads = await post(
      {
        category: "basic",
        logFirst: 1,
        rows: [
          { clientIds: [randomUUID()], pageReads: [] },
          { clientIds: [visible[1]], pageReads: [{ clientId: visible[1], category: "contact" }] },
          { clientIds: [visible[2]], pageReads: [{ clientId: visible[2], category: "basic" }] },
        ],
      },
      token,
    );
    expect(await withReads.json()).toEqual({ visible: [1, 2], pageReads: [[{ allowed: true, basis: expect.any(String) }]] });
    const foreign = await post(
      {
        category: "basic",
        logFirst: 1,
        rows: [{ clientIds: [visible[1]], pageReads: [{ clientId: visible[2], category: "basic" }] }],
      },
      token,
    );
    expect(foreign.status).toBe(400);
    expect(JSON.stringify(await foreign.json())).toContain("pageReads");
    // The request's follow-up reads go once per call and are decided for the shown rows' clients only.
    const withFollowUps = await post(
      {
        category: "basic",
        logFirst: 1,
        rows: [{ clientIds: [randomUUID()] }, { clientIds: [visible[1]] }],
        followUps: ["contact", "fit"],
      },
      token,
    );
    expect(await withFollowUps.json()).toEqual({
      visible: [1],
      pageReads: [
        [
          { allowed: true, basis: expect.any(String) },
          { allowed: true, basis: expect.any(String) },
        ],
      ],
    });
    for (const followUps of [["access_log"], ["everything"], "basic", Array.from({ length: 8 }, () => "basic")]) {
      const refused = await post({ ...call, followUps }, token);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(await refused.json())).toContain("followUps");
    }
  });

  /**
   * The deadline lists (`overdueConcerns`, `concernsDueSoon`) and `consentsExpiring` filter, then
   * page, too: each list is asked before and after rows of hidden clients that match it are added,
   * and answers, decides, logs and costs exactly the same.
   */
  describe("a deadline list", () => {
    const team = randomUUID();
    const familyOfTwo = randomUUID();
    /** Concerns the worker may see, in list order: a client's, a family's (two of their clients), a client's. */
    const shown: string[] = [randomUUID(), randomUUID(), randomUUID()];
    const overdue = `query ($team: ID!, $first: Int) {
      overdueConcerns(filter: { teamId: $team }, first: $first) { id description daysLeft client { id } }
    }`;
    const expiring = `query ($first: Int) { consentsExpiring(withinDays: 30, first: $first) { id purpose client { id } } }`;
    const consentIds = [randomUUID(), randomUUID(), randomUUID()];
    const inDays = (days: number) => new Date(Date.parse(`${todayIn("Europe/Helsinki")}T00:00:00Z`) + days * 86_400_000);

    /** One list, with what it cost: the answer, the log entries written and the statements in both services. */
    async function asked(harness: () => SubgraphHarness, query: string, variables: Record<string, unknown>) {
      const before = (await logRows(consentsDb.database.sql, { viewerId: worker.id })).length;
      clientsDb.reset();
      consentsDb.reset();
      const answer = await harness().query(query, variables, worker);
      const cost = { clientsStatements: clientsDb.count, consentsStatements: consentsDb.count };
      const logged = (await logRows(consentsDb.database.sql, { viewerId: worker.id }))
        .slice(before)
        .map((row) => [row.client_id, row.category, row.outcome]);
      return { answer, cost, logged };
    }
    const concernsList = (first: number) => asked(() => clients, overdue, { team, first });
    const consentsList = (first: number) => asked(() => consents, expiring, { first });

    /** Inserts open concerns of the team: [id, client id or null, family id or null, deadline]. */
    async function insertConcerns(rows: [string, string | null, string | null, string][]) {
      await databases[1]!.database.sql.query(
        `INSERT INTO concern (id, client_id, family_id, description, recorded_by, raised_on, service, deadline_rule_code,
                              deadline, organization_id, team_id)
         SELECT id, client_id, family_id, 'Huoli', 'test', '2019-12-01', 'child_protection', 'TEST', deadline, $5, $6
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[]) AS t(id, client_id, family_id, deadline)`,
        [
          rows.map((row) => row[0]),
          rows.map((row) => row[1]),
          rows.map((row) => row[2]),
          rows.map((row) => row[3]),
          world.county,
          team,
        ],
      );
    }
    /** Consents not revoked ending within the list's days: [id, client id, days from today]. */
    async function insertConsents(rows: [string, string, number][]) {
      await databases[0]!.database.sql.query(
        `INSERT INTO consent (id, client_id, categories, purpose, valid_from, valid_until, given_at, recorded_by)
         SELECT id, client_id, ARRAY['BASIC']::"DataCategory"[], 'Koulu', '2020-01-01', valid_until, now(), 'test'
           FROM unnest($1::uuid[], $2::uuid[], $3::date[]) AS t(id, client_id, valid_until)`,
        [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => inDays(row[2]).toISOString().slice(0, 10))],
      );
    }

    beforeAll(async () => {
      await insertFamily(databases[1]!.database.sql, world.county, familyOfTwo, [visibleAlone[1]!, visibleAlone[2]!]);
      await insertConcerns([
        [shown[0]!, visibleAlone[0]!, null, "2020-01-02"],
        [shown[1]!, null, familyOfTwo, "2020-01-04"],
        [shown[2]!, visibleAlone[3]!, null, "2020-01-06"],
      ]);
      await insertConsents(consentIds.map((id, index) => [id, visibleAlone[index]!, 5 * (index + 1)]));
    });

    it("answers, decides, logs and costs the same with 200 hidden matching rows as with none", async () => {
      const measure = async () => ({
        concernsPage: await concernsList(2),
        concernsAll: await concernsList(100),
        consentsPage: await consentsList(2),
        consentsAll: await consentsList(100),
      });
      // Consents keeps the facts it read while their version holds, and inserting consents changes it:
      // each round is measured after one unmeasured pass, so both read the facts alike.
      const lists = async () => {
        await measure();
        return measure();
      };
      const before = await lists();
      expect(before.concernsPage.answer.errors).toBeUndefined();
      expect((before.concernsPage.answer.data as { overdueConcerns: { id: string }[] }).overdueConcerns.map((c) => c.id)).toEqual(
        shown.slice(0, 2),
      );
      expect((before.concernsAll.answer.data as { overdueConcerns: { id: string }[] }).overdueConcerns.map((c) => c.id)).toEqual(
        shown,
      );
      expect(
        (before.consentsPage.answer.data as { consentsExpiring: { id: string }[] }).consentsExpiring.map((c) => c.id),
      ).toEqual(consentIds.slice(0, 2));
      // Only what is shown is logged: a family's concern under each member's id.
      expect(before.concernsPage.logged).toEqual(
        expect.arrayContaining([0, 1, 2].map((index) => [visibleAlone[index], "concerns", "allowed"])),
      );
      expect(before.concernsPage.logged.map((row) => row[0])).not.toContain(visibleAlone[3]);
      expect(new Set(before.consentsPage.logged.map((row) => row[0]))).toEqual(new Set(visibleAlone.slice(0, 2)));

      // Rows of hidden clients matching every list, before, between and after the visible ones: a
      // client's, a family of hidden clients', and a family of a visible and a hidden client.
      const hiddenFamily = randomUUID();
      const partlyHidden = randomUUID();
      await insertFamily(databases[1]!.database.sql, world.county, hiddenFamily, [randomUUID(), randomUUID()]);
      await insertFamily(databases[1]!.database.sql, world.county, partlyHidden, [visibleAlone[4]!, randomUUID()]);
      await insertConcerns([
        ...Array.from({ length: 200 }, (_, index): [string, string, null, string] => [
          randomUUID(),
          randomUUID(),
          null,
          `2020-01-0${1 + (index % 7)}`,
        ]),
        [randomUUID(), null, hiddenFamily, "2020-01-01"],
        [randomUUID(), null, partlyHidden, "2020-01-03"],
      ]);
      await insertConsents(Array.from({ length: 200 }, (_, index) => [randomUUID(), randomUUID(), 1 + (index % 20)]));

      const after = await lists();
      for (const list of ["concernsPage", "concernsAll", "consentsPage", "consentsAll"] as const) {
        expect([list, after[list].answer]).toEqual([list, before[list].answer]);
        expect([list, after[list].logged]).toEqual([list, before[list].logged]);
        expect([list, after[list].cost]).toEqual([list, before[list].cost]);
      }
    });

    it("decides and logs the shown concerns' clients' names with the list, in its one call", async () => {
      // `client` through a fragment: read of every concern shown, so decided with the list.
      const named = `query ($team: ID!, $first: Int) {
        overdueConcerns(filter: { teamId: $team }, first: $first) { id ...Named }
      }
      fragment Named on Concern { client { firstName } }`;
      // `client` the query may skip: not decided with the list, but when (and if) it is read.
      const maybeNamed = `query ($team: ID!, $first: Int, $skip: Boolean!) {
        overdueConcerns(filter: { teamId: $team }, first: $first) { id client @skip(if: $skip) { firstName } }
      }`;
      const list = async (query: string, variables: Record<string, unknown>) => {
        accessCalls.length = 0;
        const answer = await asked(() => clients, query, { team, first: 2, ...variables });
        expect(answer.answer.errors).toBeUndefined();
        const basic = answer.logged.filter((row) => row[1] === "basic").map((row) => row[0]);
        return { ...answer, calls: [...accessCalls], basic };
      };

      const page = await list(named, {});
      const concerns = (page.answer.data as { overdueConcerns: { id: string; client: { firstName: string } | null }[] })
        .overdueConcerns;
      expect(concerns.map((concern) => [concern.id, concern.client?.firstName ?? null])).toEqual([
        [shown[0], expect.any(String)],
        [shown[1], null], // the family's concern has no client
      ]);
      expect(page.calls).toEqual(["visibleAmong"]);
      // The shown client's name read is in the log beside its concern; the family's members have only
      // the concern, and the client of the concern beyond the page nothing.
      expect(page.logged).toEqual(
        expect.arrayContaining([
          [visibleAlone[0], "basic", "allowed"],
          [visibleAlone[0], "concerns", "allowed"],
        ]),
      );
      expect(page.basic).toEqual([visibleAlone[0]]);
      expect(page.logged.map((row) => row[0])).not.toContain(visibleAlone[3]);

      const maybe = await list(maybeNamed, { skip: false });
      expect(maybe.calls).toEqual(["visibleAmong", "decideAndLog"]);
      expect(maybe.basic).toEqual([visibleAlone[0]]);
      const skipped = await list(maybeNamed, { skip: true });
      expect(skipped.calls).toEqual(["visibleAmong"]);
      expect(skipped.basic).toEqual([]);
    });

    it("decides what the gateway says later fetches read of the shown concerns' clients with the list too", async () => {
      // The clients subgraph's part of `overdueConcerns { client { firstName latestOutcome { total } } }`,
      // as the gateway sends it: fit will read the clients at overdueConcerns.@.client.
      const before = (await logRows(consentsDb.database.sql, { viewerId: worker.id })).length;
      accessCalls.length = 0;
      const response = await fetch(clients.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(await signedViewerHeaders(worker, "clients")) },
        body: JSON.stringify({
          query: `query ($team: ID!) { overdueConcerns(filter: { teamId: $team }, first: 2) { id client { __typename id firstName } } }`,
          variables: { team },
          extensions: { followUpReads: [{ path: ["overdueConcerns", "@", "client"], categories: ["fit"] }] },
        }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect(accessCalls).toEqual(["visibleAmong"]);
      const logged = (await logRows(consentsDb.database.sql, { viewerId: worker.id })).slice(before);
      // The client's concern, name and FIT read in one entry; the family's members only their concern.
      expect(logged.filter((row) => row.client_id === visibleAlone[0]).map((row) => row.category)).toEqual([
        "concerns",
        "basic",
        "fit",
      ]);
      expect(logged.filter((row) => row.category === "fit").map((row) => row.client_id)).toEqual([visibleAlone[0]]);
    });
  });

  it("reads and asks about a family of hidden clients as about one nobody has: the same statements and calls", async () => {
    const family = randomUUID();
    await insertFamily(databases[1]!.database.sql, world.county, family, [randomUUID(), randomUUID(), randomUUID()]);
    const read = async (id: string) => {
      const before = (await logRows(consentsDb.database.sql, { viewerId: worker.id })).length;
      clientsDb.reset();
      consentsDb.reset();
      const answer = await clients.query(`query ($id: ID!) { family(id: $id) { id name } }`, { id }, worker);
      const logged = (await logRows(consentsDb.database.sql, { viewerId: worker.id })).slice(before);
      return {
        text: JSON.stringify(answer)
          .split(id)
          .join("<family>")
          .replace(/"requestId":"[^"]*"/, ""),
        cost: { clientsStatements: clientsDb.count, consentsStatements: consentsDb.count },
        logged: logged.map((row) => [row.category, row.outcome]),
      };
    };
    const hidden = await read(family);
    const missing = await read(randomUUID());
    expect(hidden.text).toContain("FORBIDDEN");
    expect(missing.text).toEqual(hidden.text);
    expect(missing.cost).toEqual(hidden.cost);
    // What differs is inside the one call: a decision (and a log entry) per member, one for an id nobody has.
    expect(hidden.logged).toEqual([0, 1, 2].map(() => ["basic", "denied"]));
    expect(missing.logged).toEqual([["basic", "denied"]]);
  });
});
