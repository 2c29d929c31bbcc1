import { randomUUID } from "node:crypto";
import { remoteAccessPolicy, type AccessPolicy, type Viewer } from "@silta/kernel";
import {
  countStatements,
  createTestDatabase,
  professional,
  startSubgraph,
  testViewerKey,
  type CountingDatabase,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { ACCESS_ENDPOINT_PATH, consentsSubgraph } from "@silta/consents";
import { ACCESS_LOG_SEALER_STATEMENTS, buildAccessWorld, logRows, type AccessWorld } from "@silta/consents/testing";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { teamsSubgraph } from "../src";

type Connection = {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null; truncated: boolean };
};
const page = `edges { cursor node { id } } pageInfo { hasNextPage endCursor truncated }`;

/** Every list of clients the teams subgraph answers, each asked of one parent (a team or a professional). */
const lists = {
  "Team.clients": {
    query: `query ($id: ID!, $first: Int, $after: String) { team(id: $id) { clients(first: $first, after: $after) { ${page} } } }`,
    connection: (data: Record<string, unknown>) => (data["team"] as { clients: Connection } | null)?.clients,
  },
  clientsWithoutResponsibleWorker: {
    query: `query ($id: ID!, $first: Int, $after: String) { clientsWithoutResponsibleWorker(teamId: $id, first: $first, after: $after) { ${page} } }`,
    connection: (data: Record<string, unknown>) => data["clientsWithoutResponsibleWorker"] as Connection | null,
  },
  "Professional.responsibleFor": {
    query: `query ($id: ID!, $first: Int, $after: String) { professional(id: $id) { responsibleFor(first: $first, after: $after) { ${page} } } }`,
    connection: (data: Record<string, unknown>) =>
      (data["professional"] as { responsibleFor: Connection } | null)?.responsibleFor,
  },
  "Professional.clients": {
    query: `query ($id: ID!, $first: Int, $after: String) { professional(id: $id) { clients(first: $first, after: $after) { ${page} } } }`,
    connection: (data: Record<string, unknown>) => (data["professional"] as { clients: Connection } | null)?.clients,
  },
};
type ListName = keyof typeof lists;

/** The teams subgraph's calls to the consents service, by kind, as they leave it. */
function countingPolicy(policy: AccessPolicy): { policy: AccessPolicy; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    policy: {
      decide: (viewer, requests) => (calls.push(`decide ${requests.length}`), policy.decide(viewer, requests)),
      decideAndLog: (viewer, requests, context) => (
        calls.push(`decideAndLog ${requests.length}`),
        policy.decideAndLog!(viewer, requests, context)
      ),
      // The number of rows is the window's: the same whether they are hidden or not.
      visibleAmong: (viewer, category, rows, context, logFirst) => (
        calls.push(`visibleAmong ${category} ${logFirst}`),
        policy.visibleAmong!(viewer, category, rows, context, logFirst)
      ),
    },
  };
}

/** Ids that sort between the given ones (by client id, the lists' order): hidden clients between visible ones. */
function idsAround(visible: string[], count: number): string[] {
  const sorted = [...visible].sort();
  const ids = new Set<string>();
  while (ids.size < count) {
    const id = randomUUID();
    // Only ids inside the visible clients' span: each page's neighbourhood holds hidden clients.
    if (id > sorted[0]! && id < sorted.at(-1)!) ids.add(id);
  }
  return [...ids];
}

/**
 * Filter, then page, for the teams subgraph's lists of clients (docs/decisions/0013), in servers mode:
 * the teams subgraph asks the consents service over HTTP which clients of a window the viewer may see.
 * However many hidden clients sit between the visible ones, a page costs the same calls to the
 * consents service, the same statements in both services and the same log entries: the count of
 * calls or their time cannot tell a team member that hidden clients are there.
 */
describe("the teams lists narrow a window to the visible before deciding", () => {
  const databases: TestDatabase[] = [];
  let world: AccessWorld;
  let teamsDb: CountingDatabase;
  let consentsDb: CountingDatabase;
  let counted: ReturnType<typeof countingPolicy>;
  let consents: SubgraphHarness;
  let teams: SubgraphHarness;
  let prisma: PrismaClient;
  let worker: Viewer;
  /** For each list: a parent whose visible clients have 200 hidden ones between them, and one with the same number of visible clients alone. */
  const parents = {} as Record<ListName, { crowded: string; alone: string; visible: string[]; visibleAlone: string[] }>;
  /**
   * For each team list, a team only hidden clients are on and a team nobody is on (each list its own,
   * so that neither holds clients whose facts the consents service kept from another list's request).
   */
  const hiddenOnlyTeams = [randomUUID(), randomUUID()];
  const emptyTeams = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    const [consentsTest, teamsTest] = await Promise.all([
      createTestDatabase("teamlists_consents", consentsSubgraph.migrationsDir),
      createTestDatabase("teamlists_teams", teamsSubgraph.migrationsDir),
    ]);
    databases.push(consentsTest!, teamsTest!);
    // Twenty clients the social worker may see (responsible worker, on the world's team); nobody else is in the projection.
    world = await buildAccessWorld(consentsTest!.database.sql, 20);
    worker = professional(world.county, { id: world.socialWorker });
    // The consents service decides on its Prisma client, counted there, without its access log sealer.
    consentsDb = countStatements(consentsTest!.database, ACCESS_LOG_SEALER_STATEMENTS);
    consents = await startSubgraph(consentsSubgraph, consentsDb.database);
    counted = countingPolicy(remoteAccessPolicy({ url: new URL(ACCESS_ENDPOINT_PATH, consents.url).href, key: testViewerKey }));
    teamsDb = countStatements(teamsTest!.database);
    teams = await startSubgraph(teamsSubgraph, teamsDb.database, {
      controllerOrganizationIds: [world.county],
      accessPolicy: counted.policy,
    });
    prisma = createPrisma(teamsTest!.database);

    // The teams subgraph's own records: teams and responsible workers, with hidden clients (on record
    // here, nowhere in the social worker's projection) between the visible ones in list order.
    const since = new Date("2020-01-01");
    await prisma.organization.create({
      data: { id: world.county, name: "County", type: "COUNTY_SOCIAL_SERVICES", isCountyOrganization: true },
    });
    const chunks = [0, 5, 10, 15].map((start) => world.clients.slice(start, start + 5));
    const [teamCrowded, teamAlone, professionalCrowded, professionalAlone] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    const hiddenOnTeam = idsAround(chunks[0]!, 200);
    const hiddenInCare = idsAround(chunks[2]!, 200);
    await prisma.team.createMany({
      data: [teamCrowded, teamAlone, ...hiddenOnlyTeams, ...emptyTeams].map((id) => ({
        id,
        name: `Team ${id}`,
        kind: "AREA_TEAM" as const,
      })),
    });
    await prisma.professional.createMany({
      data: [professionalCrowded, professionalAlone].map((id) => ({
        id,
        firstName: "Sanna",
        lastName: "Sosiaalityontekija",
        profession: "social worker",
        organizationId: world.county,
      })),
    });
    await prisma.teamClient.createMany({
      data: [
        ...[...chunks[0]!, ...hiddenOnTeam].map((clientId) => ({ teamId: teamCrowded, clientId, since })),
        ...chunks[1]!.map((clientId) => ({ teamId: teamAlone, clientId, since })),
        ...hiddenOnlyTeams.flatMap((teamId) => idsAround(chunks[0]!, 200).map((clientId) => ({ teamId, clientId, since }))),
      ],
    });
    // Professional.clients is a professional's responsible-worker clients and their teams' clients.
    await prisma.responsibleWorker.createMany({
      data: [
        ...[...chunks[2]!, ...hiddenInCare].map((clientId) => ({
          id: randomUUID(),
          clientId,
          professionalId: professionalCrowded,
          since,
          isCurrent: true,
        })),
        ...chunks[3]!.map((clientId) => ({
          id: randomUUID(),
          clientId,
          professionalId: professionalAlone,
          since,
          isCurrent: true,
        })),
      ],
    });
    const teamLists = { crowded: teamCrowded, alone: teamAlone, visible: chunks[0]!.sort(), visibleAlone: chunks[1]!.sort() };
    const careLists = {
      crowded: professionalCrowded,
      alone: professionalAlone,
      visible: chunks[2]!.sort(),
      visibleAlone: chunks[3]!.sort(),
    };
    parents["Team.clients"] = teamLists;
    parents.clientsWithoutResponsibleWorker = teamLists;
    parents["Professional.responsibleFor"] = careLists;
    parents["Professional.clients"] = careLists;
  }, 120_000);

  afterAll(async () => {
    await teams?.stop();
    await consents?.stop();
    await prisma?.$disconnect();
    await Promise.all(databases.map((database) => database.drop()));
  });

  /** One page of a list, with what it cost: calls to the consents service, statements in both services, log entries. */
  async function measured(list: ListName, variables: Record<string, unknown>, viewer = worker) {
    const before = (await logRows(consentsDb.database.sql, { viewerId: viewer.id })).length;
    teamsDb.reset();
    consentsDb.reset();
    counted.calls.length = 0;
    const answer = await teams.query<Record<string, unknown>>(lists[list].query, variables, viewer);
    const cost = { calls: [...counted.calls], teamsStatements: teamsDb.count, consentsStatements: consentsDb.count };
    const logged = (await logRows(consentsDb.database.sql, { viewerId: viewer.id })).slice(before);
    return { answer, connection: answer.data ? lists[list].connection(answer.data) : undefined, cost, logged };
  }

  /** Every page of a list, `first` at a time, with each page's cost. */
  async function allPages(list: ListName, id: string, first: number) {
    const pages: Awaited<ReturnType<typeof measured>>[] = [];
    let after: string | null = null;
    for (let count = 0; count < 10; count++) {
      const one: Awaited<ReturnType<typeof measured>> = await measured(list, { id, first, after });
      pages.push(one);
      if (!one.connection?.pageInfo.hasNextPage) break;
      after = one.connection.pageInfo.endCursor;
    }
    return pages;
  }

  describe.each(Object.keys(lists) as ListName[])("%s", (list) => {
    it("costs the same calls, statements and log entries whether 200 hidden clients sit between the visible ones or none", async () => {
      const { crowded, alone, visible, visibleAlone } = parents[list];
      // Every page, so that each one's neighbourhood is compared: pages of two among 5 visible clients.
      const crowd = await allPages(list, crowded, 2);
      const solo = await allPages(list, alone, 2);
      expect(crowd.flatMap((one) => one.answer.errors ?? [])).toEqual([]);
      expect(crowd.map((one) => one.connection!.edges.map((edge) => edge.node.id))).toEqual([
        visible.slice(0, 2),
        visible.slice(2, 4),
        visible.slice(4),
      ]);
      expect(solo.map((one) => one.connection!.edges.map((edge) => edge.node.id))).toEqual([
        visibleAlone.slice(0, 2),
        visibleAlone.slice(2, 4),
        visibleAlone.slice(4),
      ]);
      expect(crowd.map((one) => one.cost)).toEqual(solo.map((one) => one.cost));
      // The consents service's statements are counted (on its Prisma client), so the equality above says something.
      for (const one of crowd) expect(one.cost.consentsStatements).toBeGreaterThan(0);
      // One call per page, whatever the window held, logging the page's clients and nothing of the hidden ones.
      for (const one of crowd) expect(one.cost.calls).toEqual([expect.stringMatching(/^visibleAmong team 2$/)]);
      expect(crowd.map((one) => one.logged.length)).toEqual(solo.map((one) => one.logged.length));
      for (const one of crowd)
        expect(one.logged.map((row) => [row.client_id, row.outcome]).sort()).toEqual(
          one.connection!.edges.map((edge) => [edge.node.id, "allowed"]).sort(),
        );
    });

    it("pages through the visible clients only: none lost or repeated, cursors opaque and bound to the viewer", async () => {
      const { crowded, visible } = parents[list];
      const pages = await allPages(list, crowded, 3);
      const seen = pages.flatMap((one) => one.connection!.edges.map((edge) => edge.node.id));
      expect(seen).toEqual(visible);
      expect(pages.map((one) => one.connection!.pageInfo)).toEqual([
        { hasNextPage: true, truncated: false, endCursor: expect.any(String) },
        { hasNextPage: false, truncated: false, endCursor: expect.any(String) },
      ]);
      const cursors = pages.flatMap((one) => one.connection!.edges.map((edge) => edge.cursor));
      for (const cursor of cursors) {
        const opened = Buffer.from(cursor, "base64url").toString("latin1");
        for (const id of [...visible, ...visible.map((uuid) => uuid.replaceAll("-", ""))]) expect(opened).not.toContain(id);
      }
      // Another viewer (another professional of the same organisation) cannot use the cursor.
      const other = professional(world.county, { id: world.curator });
      const refused = await measured(list, { id: crowded, first: 3, after: pages[0]!.connection!.pageInfo.endCursor }, other);
      expect(refused.answer.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    });
  });

  it("costs the same for a team only hidden clients are on as for a team nobody is on", async () => {
    for (const [index, list] of (["Team.clients", "clientsWithoutResponsibleWorker"] as const).entries()) {
      const hidden = await measured(list, { id: hiddenOnlyTeams[index], first: 5 });
      const none = await measured(list, { id: emptyTeams[index], first: 5 });
      expect(hidden.connection).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null, truncated: false } });
      expect(none.connection).toEqual(hidden.connection);
      expect(hidden.logged).toEqual([]);
      expect(none.logged).toEqual([]);
      expect(hidden.cost).toEqual(none.cost);
      expect(hidden.cost.calls).toHaveLength(1);
    }
  });
});
