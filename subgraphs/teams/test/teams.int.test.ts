import { randomUUID } from "node:crypto";
import {
  countStatements,
  createTestDatabase,
  professional,
  startSubgraph,
  type CountingDatabase,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { teamsSubgraph } from "../src";

describe("teams subgraph", () => {
  let testDb: TestDatabase;
  let counting: CountingDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  const county = randomUUID();
  const city = randomUUID();
  const team = randomUUID();
  const otherTeams = [randomUUID(), randomUUID()];
  const professionals = [randomUUID(), randomUUID(), randomUUID()];
  const clients = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    testDb = await createTestDatabase("teams", teamsSubgraph.migrationsDir);
    counting = countStatements(testDb.database);
    harness = await startSubgraph(teamsSubgraph, counting.database, { controllerOrganizationIds: [county] });
    prisma = createPrisma(testDb.database);
    await prisma.organization.createMany({
      data: [
        { id: county, name: "County family services", type: "COUNTY_SOCIAL_SERVICES", isCountyOrganization: true },
        { id: city, name: "City education services", type: "MUNICIPAL_EDUCATION", isCountyOrganization: false },
      ],
    });
    await prisma.professional.createMany({
      data: professionals.map((id, index) => ({
        id,
        firstName: `Worker${index}`,
        lastName: "Test",
        profession: index === 2 ? "school curator" : "social worker",
        organizationId: index === 2 ? city : county,
      })),
    });
    await prisma.team.create({ data: { id: team, name: "MOTI team", kind: "CLIENT_TEAM" } });
    await prisma.team.createMany({
      data: otherTeams.map((id, index) => ({ id, name: `Area team ${index}`, kind: "AREA_TEAM" as const })),
    });
    await prisma.teamMembership.createMany({
      data: otherTeams.map((teamId) => ({
        id: randomUUID(),
        teamId,
        professionalId: professionals[1]!,
        role: "member",
        since: new Date("2026-01-01"),
      })),
    });
    await prisma.teamClient.createMany({
      data: otherTeams.map((teamId) => ({ teamId, clientId: clients[1]!, since: new Date("2026-01-01") })),
    });
    await prisma.responsibleWorker.createMany({
      data: clients.map((clientId) => ({
        id: randomUUID(),
        clientId,
        professionalId: professionals[0]!,
        since: new Date("2026-01-01"),
        isCurrent: true,
      })),
    });
    await prisma.teamMembership.createMany({
      data: professionals.map((professionalId, index) => ({
        id: randomUUID(),
        teamId: team,
        professionalId,
        role: index === 0 ? "responsible_worker" : "member",
        since: new Date("2026-01-01"),
      })),
    });
    await prisma.teamClient.createMany({
      data: clients.map((clientId) => ({ teamId: team, clientId, since: new Date("2026-01-01") })),
    });
  });

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("refuses a request without the gateway-signed viewer and returns no data", async () => {
    const response = await harness.query(`{ teams { id name } }`, {}, null);
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
  });

  it("resolves many Professional references with one SQL statement", async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Professional { id lastName } } }`;
    counting.reset();
    const one = await harness.query(
      query,
      { representations: [{ __typename: "Professional", id: professionals[0] }] },
      professional(county),
    );
    const oneCount = counting.count;
    counting.reset();
    const three = await harness.query(
      query,
      { representations: professionals.map((id) => ({ __typename: "Professional", id })) },
      professional(county),
    );
    expect(one.errors).toBeUndefined();
    expect((three.data as { _entities: unknown[] })._entities).toHaveLength(3);
    expect(counting.count).toBe(oneCount);
    expect(counting.count).toBe(1);
  });

  it("resolves many Team references, with their members, in a fixed number of SQL statements", async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Team { id name kind members { role professional { lastName organization { name } } } } } }`;
    counting.reset();
    const one = await harness.query(query, { representations: [{ __typename: "Team", id: team }] }, professional(county));
    const oneCount = counting.count;
    counting.reset();
    const three = await harness.query<{ _entities: { id: string }[] }>(
      query,
      { representations: [team, ...otherTeams].map((id) => ({ __typename: "Team", id })) },
      professional(county),
    );
    expect(one.errors).toBeUndefined();
    expect(three.data?._entities.map((entity) => entity.id)).toEqual([team, ...otherTeams]);
    expect(counting.count).toBe(oneCount);
    // teams, memberships, professionals, organisations.
    expect(counting.count).toBe(4);
  });

  it("answers the own teams of many clients in a fixed number of SQL statements", async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Client { id responsibleWorker { lastName } teamMembers { isResponsibleWorker professional { lastName } teams { name } } } } }`;
    counting.reset();
    const one = await harness.query(query, { representations: [{ __typename: "Client", id: clients[0] }] }, professional(county));
    const oneCount = counting.count;
    counting.reset();
    const both = await harness.query<{ _entities: { teamMembers: { professional: { lastName: string } }[] }[] }>(
      query,
      { representations: clients.map((id) => ({ __typename: "Client", id })) },
      professional(county),
    );
    expect(one.errors).toBeUndefined();
    expect(both.errors).toBeUndefined();
    expect(both.data?._entities[1]?.teamMembers).toHaveLength(3);
    expect(counting.count).toBe(oneCount);
  });

  it("lists a team's members across organisations with their organisations, batched", async () => {
    counting.reset();
    const response = await harness.query<{ team: { members: { professional: { organization: { name: string } } }[] } }>(
      `query ($id: ID!) { team(id: $id) { name members { role professional { lastName organization { name isCountyOrganization } } } } }`,
      { id: team },
      professional(county),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.team.members.map((member) => member.professional.organization.name).sort()).toEqual([
      "City education services",
      "County family services",
      "County family services",
    ]);
    // team, memberships, professionals, organisations: one statement each, whatever the member count.
    expect(counting.count).toBe(4);
  });

  it("reads the first page of clients of many teams with as many statements as of one", async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Team { clients(first: 1) { edges { node { id } } } } } }`;
    const other = randomUUID();
    await testDb.database.sql.query(`INSERT INTO team (id, name, kind) VALUES ($1, 'Second team', 'AREA_TEAM')`, [other]);
    await testDb.database.sql.query(`INSERT INTO team_client (team_id, client_id, since) VALUES ($1, $2, '2020-01-01')`, [
      other,
      clients[0],
    ]);
    counting.reset();
    const one = await harness.query(query, { r: [{ __typename: "Team", id: team }] }, professional(county));
    const oneCount = counting.count;
    counting.reset();
    const both = await harness.query<{ _entities: { clients: { edges: unknown[] } }[] }>(
      query,
      { r: [team, other].map((id) => ({ __typename: "Team", id })) },
      professional(county),
    );
    expect(one.errors).toBeUndefined();
    expect(both.data?._entities.map((entity) => entity.clients.edges.length)).toEqual([1, 1]);
    expect(counting.count).toBe(oneCount);
  });

  it("shows a team's clients only to viewers with a lawful basis, and logs the decisions of the rows shown", async () => {
    const query = `query ($id: ID!) { team(id: $id) { clients { edges { node { id } } } } }`;
    type TeamClients = { team: { clients: { edges: { node: { id: string } }[] } } };
    const insider = await harness.query<TeamClients>(query, { id: team }, professional(county));
    const outsider = await harness.query<TeamClients>(query, { id: team }, professional(city));
    expect(insider.data?.team.clients.edges.map((edge) => edge.node.id)).toEqual([...clients].sort());
    expect(outsider.data?.team.clients.edges).toEqual([]);
    // Filter, then page (docs/decisions/0013): the rows the outsider may not see are narrowed away
    // unlogged, as nothing of them is shown; every row shown to the insider was decided and logged.
    expect(harness.accessLog.filter((entry) => entry.organizationId === city)).toEqual([]);
    const insiderEntries = harness.accessLog.filter((entry) => entry.organizationId === county && entry.category === "team");
    expect(insiderEntries.filter((entry) => entry.outcome === "allowed").map((entry) => entry.clientId)).toEqual(
      expect.arrayContaining(clients),
    );
  });
});
