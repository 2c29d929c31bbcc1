import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { demoIds } from "@silta/hub/demo";
import { teamsDemoSql } from "@silta/hub/demoSql/teams";
import { parseBusinessId } from "../src/domain/businessId";
import { teamsSubgraph } from "../src";

/** The embedded hub's demo rows must satisfy the rules the mutations enforce, or the demo teaches the wrong thing. */
describe("the demo county's teams data", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  const { organizations: org, professionals: pro, clients: client } = demoIds;
  const viewer = professional(org.familySocialServices, { id: pro.socialWorker });

  beforeAll(async () => {
    testDb = await createTestDatabase("teams_demo", teamsSubgraph.migrationsDir);
    await testDb.database.sql.query(teamsDemoSql);
    harness = await startSubgraph(teamsSubgraph, testDb.database, {
      controllerOrganizationIds: [org.familySocialServices, org.childProtection, org.familyCentre],
    });
  });
  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  it("gives every organisation a business id with a valid check digit", async () => {
    const response = await harness.query<{ organizations: { businessId: string | null }[] }>(
      `{ organizations { businessId } }`,
      {},
      viewer,
    );
    for (const { businessId } of response.data!.organizations)
      expect(parseBusinessId("businessId", businessId!)).toBe(businessId);
  });

  it("has Aino's responsible worker with history, an outside facilitator, and Juho without a responsible worker", async () => {
    const response = await harness.query<{
      _entities: {
        responsibleWorkerHistory: unknown[];
        teamMembers: { professional: { id: string } }[];
        meetings: { facilitator: { id: string } | null }[];
      }[];
      clientsWithoutResponsibleWorker: { edges: { node: { id: string } }[] };
    }>(
      `query ($r: [_Any!]!) {
        _entities(representations: $r) { ... on Client { responsibleWorkerHistory { since } teamMembers { professional { id } } meetings { facilitator { id } } } }
        clientsWithoutResponsibleWorker { edges { node { id } } }
      }`,
      { r: [{ __typename: "Client", id: client.aino }] },
      viewer,
    );
    expect(response.errors).toBeUndefined();
    const aino = response.data!._entities[0]!;
    expect(aino.responsibleWorkerHistory).toHaveLength(2);
    const team = new Set(aino.teamMembers.map((member) => member.professional.id));
    const facilitators = aino.meetings.flatMap((meeting) => (meeting.facilitator ? [meeting.facilitator.id] : []));
    expect(facilitators).toEqual([pro.unitManager]);
    expect(team.has(pro.unitManager)).toBe(false);
    expect(response.data!.clientsWithoutResponsibleWorker.edges).toEqual([{ node: { id: client.juho } }]);
  });
});
