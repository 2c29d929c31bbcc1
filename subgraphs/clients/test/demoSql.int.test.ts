import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { demoIds } from "@silta/hub/demo";
import { clientsDemoSql } from "@silta/hub/demoSql/clients";
import { clientsSubgraph } from "../src";

describe("the embedded hub's demo rows of the clients subgraph", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  const { organizations: org, teams: team, clients: client, professionals: pro } = demoIds;

  beforeAll(async () => {
    testDb = await createTestDatabase("clients_demo", clientsSubgraph.migrationsDir);
    await testDb.database.sql.transaction((sql) => sql.exec(clientsDemoSql));
    harness = await startSubgraph(clientsSubgraph, testDb.database, { controllerOrganizationIds: [org.familySocialServices] });
  });
  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  it("apply to the migrated schema and give the demo's due-soon, overdue and plan queries an answer", async () => {
    const response = await harness.query<Record<string, any>>(
      `query ($team: ID!, $eetu: ID!, $juho: ID!) {
        overdueConcerns(filter: { teamId: $team }) { family { name } daysLeft }
        concernsDueSoon(filter: { teamId: $team }, withinDays: 2) { client { firstName } daysLeft }
        eetu: client(id: $eetu) { contact { municipalityCode } guardians { guardian { firstName } } servicePlan { goals agreements { status isOverdue } history { action } } }
        juho: client(id: $juho) { hasNonDisclosureOrder contact { streetAddress } }
      }`,
      { team: team.virtanenClientTeam, eetu: client.eetu, juho: client.juho },
      professional(org.familySocialServices, { id: pro.socialWorker }),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.["overdueConcerns"]).toEqual([{ family: { name: "Virtanen family" }, daysLeft: -3 }]);
    expect(response.data?.["concernsDueSoon"]).toEqual([{ client: { firstName: "Eetu" }, daysLeft: 2 }]);
    expect(response.data?.["eetu"]).toMatchObject({
      contact: { municipalityCode: "167" },
      guardians: [{ guardian: { firstName: "Aino" } }],
    });
    expect(response.data?.["eetu"].servicePlan.agreements.map((a: { isOverdue: boolean }) => a.isOverdue)).toContain(true);
    expect(response.data?.["juho"]).toEqual({ hasNonDisclosureOrder: true, contact: null });
  });
});
