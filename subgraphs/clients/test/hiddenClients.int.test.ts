import { randomInt, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createLogger, remoteAccessPolicy, type Viewer } from "@silta/kernel";
import {
  createTestDatabase,
  professional,
  startSubgraph,
  testViewerKey,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { createDevTokenIssuer, createGateway, type DevTokenIssuer, type Gateway } from "@silta/gateway";
import { AccessService, consentsSubgraph, createConsentsPrisma } from "@silta/consents";
import { buildAccessWorld, logRows, type AccessWorld } from "@silta/consents/testing";
import { teamsSubgraph } from "@silta/teams";
import { clientsSubgraph } from "../src";
import { generateTestIdentityCode } from "../src/domain/identityCode";

const root = join(__dirname, "..", "..", "..");
interface Answer<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}
type Search = {
  clients: {
    edges: { cursor: string; node: { id: string; firstName: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null; truncated: boolean };
  };
};
const search = `query ($search: ClientSearch!, $first: Int, $after: String) {
  clients(search: $search, first: $first, after: $after) {
    edges { cursor node { id firstName } } pageInfo { hasNextPage endCursor truncated }
  }
}`;

/** Letters only, so a surname made of it is a valid name and unique to this run. */
const letters = (length: number) => Array.from({ length }, () => "bcdfghjklmnpqrstvwxz"[randomInt(20)]).join("");

/**
 * Through the real gateway over the clients, teams and consents subgraphs, deciding with the
 * consents service: nothing of a client the viewer may not see (its name, its identity code, its
 * existence or its position among the matches) reaches the viewer, and lists are filtered before
 * they are paged.
 */
describe("hidden clients through the gateway", () => {
  const databases: TestDatabase[] = [];
  const harnesses: SubgraphHarness[] = [];
  let world: AccessWorld;
  let consentsDb: TestDatabase;
  let issuer: DevTokenIssuer;
  let gateway: Gateway;
  let url: string;
  let seeder: SubgraphHarness;
  let seedViewer: Viewer;
  /** A second gateway whose clients and teams subgraphs ask a consents decision endpoint that is down. */
  let undecidedUrl: string;
  let undecidedGateway: Gateway;
  /** The canary: a client under a non-disclosure order whom neither the worker nor the manager may see. */
  const canary = { id: randomUUID(), firstName: `Canary${letters(8)}`, lastName: `Zz${letters(10)}`, identityCode: "" };
  /** A surname shared by many clients, of which the social worker may see two. */
  const surname = `Pg${letters(10)}`;
  const bigTeam = randomUUID();
  const colleague = randomUUID();
  /** The clients with `surname`, in the order a search lists them (first name, then id). */
  const matches: { id: string; firstName: string; visible: boolean }[] = [];

  beforeAll(async () => {
    const [consents, clients, teams] = await Promise.all([
      createTestDatabase("hidden_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("hidden_clients", clientsSubgraph.migrationsDir),
      createTestDatabase("hidden_teams", teamsSubgraph.migrationsDir),
    ]);
    consentsDb = consents!;
    databases.push(consents!, clients!, teams!);
    world = await buildAccessWorld(consents!.database.sql, 2);
    const accessPolicy = new AccessService({
      prisma: createConsentsPrisma(consents!.database),
      timeZone: "Europe/Helsinki",
    }).policy();
    const started = await Promise.all([
      startSubgraph(consentsSubgraph, consents!.database),
      startSubgraph(clientsSubgraph, clients!.database, { accessPolicy }),
      startSubgraph(teamsSubgraph, teams!.database, { accessPolicy }),
      // Writes the clients' records as the county would, whoever the readers below may see.
      startSubgraph(clientsSubgraph, clients!.database, { controllerOrganizationIds: [world.county] }),
      // Port 1: nothing listens, as when the consents service is down.
      ...[clientsSubgraph, teamsSubgraph].map((module) =>
        startSubgraph(module, module === clientsSubgraph ? clients!.database : teams!.database, {
          accessPolicy: remoteAccessPolicy({ url: "http://127.0.0.1:1/internal/access", key: testViewerKey }),
        }),
      ),
    ]);
    harnesses.push(...started);
    seeder = started[3]!;
    seedViewer = professional(world.county, { id: randomUUID() });

    canary.identityCode = generateTestIdentityCode(new Date("1987-03-14"), 900 + randomInt(100));
    await createClient({ ...canary, hasNonDisclosureOrder: true });
    // 3 hidden, the first visible, 1 hidden, the second visible, then 30 hidden: by first name.
    const visibleAt = new Set([3, 5]);
    for (let index = 0; index < 36; index++) {
      const visible = visibleAt.has(index);
      const id = visible ? world.clients[index === 3 ? 0 : 1]! : randomUUID();
      const firstName = `A${String.fromCharCode(97 + Math.floor(index / 20))}${String.fromCharCode(97 + (index % 20))}${letters(4)}`;
      matches.push({ id, firstName, visible });
      await createClient({ id, firstName, lastName: surname });
    }

    // The teams subgraph's own rows: one team with every client above, and a professional who is the
    // responsible worker of the worker's two clients and of the hidden ones.
    const teamsSql = teams!.database.sql;
    await teamsSql.query(
      `INSERT INTO organization (id, name, type, is_county_organization) VALUES ($1, 'County', 'COUNTY_SOCIAL_SERVICES', true)`,
      [world.county],
    );
    await teamsSql.query(
      `INSERT INTO professional (id, first_name, last_name, profession, organization_id) VALUES ($1, 'Pia', 'Pro', 'social_worker', $2)`,
      [colleague, world.county],
    );
    await teamsSql.query(`INSERT INTO team (id, name, kind) VALUES ($1, 'Area team', 'AREA_TEAM')`, [bigTeam]);
    const everyone = [canary.id, ...matches.map((match) => match.id)];
    await teamsSql.query(`INSERT INTO team_client (team_id, client_id, since) SELECT $1, unnest($2::uuid[]), '2020-01-01'`, [
      bigTeam,
      everyone,
    ]);
    await teamsSql.query(
      `INSERT INTO responsible_worker (id, client_id, professional_id, since, is_current)
       SELECT gen_random_uuid(), unnest($1::uuid[]), $2, '2020-01-01', true`,
      [everyone, colleague],
    );

    issuer = await createDevTokenIssuer();
    gateway = createGateway({
      supergraphSdl: readFileSync(join(root, "schema", "supergraph.graphql"), "utf8"),
      subgraphUrls: { consents: started[0]!.url, clients: started[1]!.url, teams: started[2]!.url },
      verifier: issuer.verifier,
      viewerKey: testViewerKey,
      log: createLogger({ service: "gateway", level: "silent" }),
      metrics: false,
    });
    url = await gateway.start(0);
    undecidedGateway = createGateway({
      supergraphSdl: readFileSync(join(root, "schema", "supergraph.graphql"), "utf8"),
      subgraphUrls: { consents: started[0]!.url, clients: started[4]!.url, teams: started[5]!.url },
      verifier: issuer.verifier,
      viewerKey: testViewerKey,
      log: createLogger({ service: "gateway", level: "silent" }),
      metrics: false,
    });
    undecidedUrl = await undecidedGateway.start(0);
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await undecidedGateway?.stop();
    await Promise.all(harnesses.map((harness) => harness.stop()));
    await Promise.all(databases.map((database) => database.drop()));
  });

  async function createClient(input: Record<string, unknown>) {
    const created = await seeder.query(
      `mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`,
      {
        input: {
          ...(input["identityCode"] ? {} : { temporaryIdentifier: `T-${String(input["id"])}`, birthDate: "1990-01-01" }),
          controllerOrganizationId: world.county,
          ...input,
        },
      },
      seedViewer,
    );
    expect(created.errors).toBeUndefined();
  }

  /** Everything any denied viewer received, to look for the canary's bytes in. */
  const received: string[] = [];
  const ask = async <Data>(
    claims: Record<string, unknown>,
    query: string,
    variables: Record<string, unknown> = {},
    through = url,
  ) => {
    const token = await issuer.issue(claims as never);
    const response = await fetch(through, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    received.push(text);
    return JSON.parse(text) as Answer<Data>;
  };
  const manager = () => ({
    sub: `manager-${world.county}`,
    silta_kind: "professional",
    silta_org: world.county,
    roles: ["manager"],
  });
  const worker = () => ({
    sub: world.socialWorker,
    silta_kind: "professional",
    silta_org: world.county,
    roles: ["social_worker"],
  });

  describe("cursors", () => {
    it("gives the manager nothing for a hidden client's identity code: the same answer as for a code nobody has", async () => {
      const hidden = await ask<Search>(manager(), search, { search: { identityCode: canary.identityCode }, first: 1 });
      const nobody = await ask<Search>(manager(), search, {
        search: { identityCode: generateTestIdentityCode(new Date("1987-03-15"), 999) },
        first: 1,
      });
      expect(hidden).toEqual({
        data: { clients: { edges: [], pageInfo: { hasNextPage: false, endCursor: null, truncated: false } } },
      });
      expect(nobody).toEqual(hidden);
    });

    it("lets the manager walk a name search to nothing: no row, no cursor, no next page", async () => {
      const answer = await ask<Search>(manager(), search, { search: { name: surname }, first: 1 });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.clients).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null, truncated: false } });
    });

    it("gives opaque cursors that carry no name and point only at visible rows", async () => {
      const first = await ask<Search>(worker(), search, { search: { name: surname }, first: 1 });
      expect(first.errors).toBeUndefined();
      const { edges, pageInfo } = first.data!.clients;
      expect(edges.map((edge) => edge.node.id)).toEqual([world.clients[0]]);
      expect(pageInfo.endCursor).toBe(edges[0]!.cursor);
      for (const cursor of [pageInfo.endCursor!, edges[0]!.cursor]) {
        const bytes = Buffer.from(cursor, "base64url").toString("latin1");
        expect(bytes).not.toContain(surname);
        expect(bytes).not.toContain(matches[3]!.firstName);
        expect(bytes).not.toContain(world.clients[0]!);
      }
      // The next page starts right after the visible row: the hidden ones between are neither listed nor skipped to.
      const second = await ask<Search>(worker(), search, { search: { name: surname }, first: 1, after: pageInfo.endCursor });
      expect(second.data?.clients.edges.map((edge) => edge.node.id)).toEqual([world.clients[1]]);
      expect(second.data?.clients.pageInfo.hasNextPage).toBe(false);
    });

    it("refuses a cursor given to another viewer or for another search", async () => {
      const first = await ask<Search>(worker(), search, { search: { name: surname }, first: 1 });
      const cursor = first.data!.clients.pageInfo.endCursor!;
      const foreign = await ask<Search>(manager(), search, { search: { name: surname }, first: 1, after: cursor });
      expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after", rule: "cursor" });
      const otherSearch = await ask<Search>(worker(), search, { search: { name: surname.slice(0, 5) }, first: 1, after: cursor });
      expect(otherSearch.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after", rule: "cursor" });
    });
  });

  describe("filter, then page", () => {
    it("answers first: 1 with the first visible match, having decided only the matches up to the next visible one", async () => {
      const viewer = { ...worker(), sub: world.socialWorker };
      const before = (await logRows(consentsDb.database.sql, { viewerId: world.socialWorker })).length;
      const answer = await ask<Search>(viewer, search, { search: { name: surname }, first: 1 });
      expect(answer.data?.clients.edges.map((edge) => edge.node.id)).toEqual([world.clients[0]]);
      expect(answer.data?.clients.pageInfo.hasNextPage).toBe(true);
      const decided = (await logRows(consentsDb.database.sql, { viewerId: world.socialWorker })).slice(before);
      const decidedIds = new Set(decided.map((row) => row.client_id));
      // The second visible match is the sixth: windows of 2, 2 and 4 rows decide at most the first eight.
      expect(decidedIds.size).toBeLessThanOrEqual(8);
      expect([...decidedIds].every((id) => matches.slice(0, 8).some((match) => match.id === id))).toBe(true);
      expect(decidedIds.has(matches[35]!.id)).toBe(false);
    });
  });

  it("lists the first overdue concerns the viewer may see, not the first overdue concerns cut down to the visible", async () => {
    const team = randomUUID();
    // Four hidden clients' concerns are the most overdue; the worker's client's concern comes after them.
    const subjects = [...matches.filter((match) => !match.visible).slice(0, 4), matches[3]!];
    for (const [index, subject] of subjects.entries()) {
      const raised = await seeder.query(
        `mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`,
        {
          input: {
            clientId: subject.id,
            description: "Worried",
            raisedOn: `2025-01-0${index + 1}`,
            service: "family_social_work",
            organizationId: world.county,
            teamId: team,
          },
        },
        seedViewer,
      );
      expect(raised.errors).toBeUndefined();
    }
    type Overdue = { overdueConcerns: { client: { id: string } }[] };
    const overdue = `query ($teamId: ID!) { overdueConcerns(filter: { teamId: $teamId }, first: 1) { client { id } } }`;
    const answer = await ask<Overdue>(worker(), overdue, { teamId: team });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.overdueConcerns).toEqual([{ client: { id: world.clients[0] } }]);
  });

  describe("paged lists of a team's and a professional's clients", () => {
    type Page = {
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const lists = {
      "Team.clients": {
        query: `query ($id: ID!, $after: String) { team(id: $id) { clients(first: 1, after: $after) {
          edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
        id: () => bigTeam,
        page: (data: Record<string, Record<string, Page>>) => data["team"]!["clients"]!,
      },
      "Professional.responsibleFor": {
        query: `query ($id: ID!, $after: String) { professional(id: $id) { responsibleFor(first: 1, after: $after) {
          edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
        id: () => colleague,
        page: (data: Record<string, Record<string, Page>>) => data["professional"]!["responsibleFor"]!,
      },
      "Professional.clients": {
        query: `query ($id: ID!, $after: String) { professional(id: $id) { clients(first: 1, after: $after) {
          edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
        id: () => colleague,
        page: (data: Record<string, Record<string, Page>>) => data["professional"]!["clients"]!,
      },
    };

    it.each(Object.keys(lists))("pages %s through the visible clients only, one at a time", async (name) => {
      const list = lists[name as keyof typeof lists];
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 5; pages++) {
        const answer: Answer<Record<string, Record<string, Page>>> = await ask(worker(), list.query, { id: list.id(), after });
        expect(answer.errors).toBeUndefined();
        const page = list.page(answer.data!);
        seen.push(...page.edges.map((edge) => edge.node.id));
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual([...world.clients].sort());
      const managers = await ask<Record<string, Record<string, Page>>>(manager(), list.query, { id: list.id() });
      expect(list.page(managers.data!)).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });
  });

  describe("one client", () => {
    const one = `query ($id: ID!) { client(id: $id) { id firstName lastName hasIdentityCode teams { id } } }`;
    type One = { client: { id: string; firstName: string | null; teams: { id: string }[] | null } | null };

    it("answers a viewer whose basis covers the team but not basic data: the team, and FORBIDDEN at each basic field", async () => {
      const consent = await harnesses[0]!.query(
        `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            clientId: world.clients[1],
            recipientOrganizationIds: [world.city],
            categories: ["TEAM"],
            purpose: "School work",
            form: "WRITTEN",
            evidenceReference: "DOC-1",
            validFrom: "2020-01-01",
          },
        },
        professional(world.county, { id: world.socialWorker }),
      );
      expect(consent.errors).toBeUndefined();
      const curator = { sub: world.curator, silta_kind: "professional", silta_org: world.city, roles: ["school_curator"] };
      const answer = await ask<One>(curator, one, { id: world.clients[1] });
      expect(answer.data?.client).toEqual({
        id: world.clients[1],
        firstName: null,
        lastName: null,
        hasIdentityCode: null,
        teams: [{ id: bigTeam }],
      });
      const forbidden = (answer.errors ?? []).map((error) => [error.path?.join("."), error.extensions?.["code"]]).sort();
      expect(forbidden).toEqual([
        ["client.firstName", "FORBIDDEN"],
        ["client.hasIdentityCode", "FORBIDDEN"],
        ["client.lastName", "FORBIDDEN"],
      ]);
    });

    it("gives a viewer with no basis the same answer for a hidden client as for one that does not exist", async () => {
      const strip = (answer: Answer<One>) =>
        JSON.stringify(answer, (key, value: unknown) => (key === "requestId" ? undefined : value));
      for (const viewer of [manager(), worker()]) {
        const hidden = await ask<One>(viewer, one, { id: canary.id });
        const missing = await ask<One>(viewer, one, { id: randomUUID() });
        expect(hidden.data?.client ?? null).toBeNull();
        expect(hidden.errors?.[0]).toMatchObject({ path: ["client"], extensions: { code: "FORBIDDEN" } });
        expect(strip(hidden)).toBe(strip(missing));
      }
    });
  });

  describe("when access cannot be decided", () => {
    it("answers a search with ACCESS_DECISION_UNAVAILABLE at its path, not an empty list", async () => {
      const answer = await ask<Search>(worker(), search, { search: { name: surname }, first: 1 }, undecidedUrl);
      expect(answer.data?.clients ?? null).toBeNull();
      expect(answer.errors).toEqual([
        expect.objectContaining({
          path: ["clients"],
          extensions: expect.objectContaining({ code: "ACCESS_DECISION_UNAVAILABLE" }),
        }),
      ]);
    });

    it("answers a team's list of clients with ACCESS_DECISION_UNAVAILABLE at its path", async () => {
      const answer = await ask<{ team: unknown }>(
        worker(),
        `query ($id: ID!) { team(id: $id) { name clients { edges { node { id } } } } }`,
        { id: bigTeam },
        undecidedUrl,
      );
      expect(answer.data).toEqual({ team: null });
      expect(answer.errors).toEqual([
        expect.objectContaining({
          path: ["team", "clients"],
          extensions: expect.objectContaining({ code: "ACCESS_DECISION_UNAVAILABLE" }),
        }),
      ]);
    });

    it("answers one client's field with ACCESS_DECISION_UNAVAILABLE, which the caller can tell from FORBIDDEN", async () => {
      const answer = await ask<{ client: unknown }>(
        worker(),
        `query ($id: ID!) { client(id: $id) { id firstName } }`,
        { id: world.clients[0] },
        undecidedUrl,
      );
      expect(answer.data?.client ?? null).toBeNull();
      expect(answer.errors?.map((error) => error.extensions?.["code"])).toEqual(["ACCESS_DECISION_UNAVAILABLE"]);
    });
  });

  it("never lets the canary's name or identity code reach a viewer who may not see it", async () => {
    // Whatever the tests above received, plus the canary's own searches.
    await ask(worker(), search, { search: { identityCode: canary.identityCode }, first: 5 });
    await ask(worker(), search, { search: { name: canary.lastName }, first: 5 });
    await ask(manager(), search, { search: { name: `${canary.firstName} ${canary.lastName}` } });
    await ask(manager(), `query ($id: ID!) { client(id: $id) { id firstName lastName identityCode } }`, { id: canary.id });
    await ask(worker(), `query ($id: ID!) { client(id: $id) { id firstName lastName identityCode } }`, { id: canary.id });
    const everything = received.map((text) => {
      // Cursors too, decoded: their bytes must not carry the canary either.
      const cursors = [...text.matchAll(/"(?:cursor|endCursor)":"([A-Za-z0-9_-]+)"/g)].map((match) =>
        Buffer.from(match[1]!, "base64url").toString("latin1"),
      );
      return [text, ...cursors].join("\n");
    });
    const canaryCodeDigits = canary.identityCode.slice(0, 6) + canary.identityCode.slice(7);
    for (const text of everything) {
      expect(text).not.toContain(canary.firstName);
      expect(text).not.toContain(canary.lastName);
      expect(text).not.toContain(canary.identityCode);
      expect(text).not.toContain(canaryCodeDigits);
    }
    // Not even a hidden client's id: the worker and the manager received only the worker's clients' ids.
    const hiddenIds = [canary.id, ...matches.filter((match) => !match.visible).map((match) => match.id)];
    for (const text of everything) for (const id of hiddenIds) expect(text).not.toContain(id);
    expect(received.length).toBeGreaterThan(8);
  });
});
