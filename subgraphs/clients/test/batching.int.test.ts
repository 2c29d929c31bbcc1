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
import { clientsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";

const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Client {
  id firstName identityCode contact { municipalityCode }
  relationships { serviceTask } families { relation family { id members { relation client { id } } } } guardians { guardian { id } }
  concerns { id isOverdue } servicePlan { id agreements { status responsible { familyMember { id } } } reviews { findings } history { action } }
} } }`;

describe("batched loading", () => {
  let testDb: TestDatabase;
  let counting: CountingDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  const county = randomUUID();
  const clients = Array.from({ length: 6 }, () => randomUUID());

  beforeAll(async () => {
    testDb = await createTestDatabase("clients_batching", clientsSubgraph.migrationsDir);
    counting = countStatements(testDb.database);
    harness = await startSubgraph(clientsSubgraph, counting.database, { controllerOrganizationIds: [county] });
    prisma = createPrisma(testDb.database);
    await prisma.client.createMany({
      data: clients.map((id, index) => ({
        id,
        firstName: `C${index}`,
        lastName: "Batch",
        controllerOrganizationId: county,
        municipalityCode: "091",
      })),
    });
    for (const [index, id] of clients.entries()) {
      const familyId = randomUUID();
      await prisma.family.create({ data: { id: familyId, members: { create: [{ clientId: id, relation: "CHILD" }] } } });
      await prisma.clientRelationship.create({
        data: {
          id: randomUUID(),
          clientId: id,
          organizationId: county,
          serviceTask: "family_social_work",
          since: new Date("2026-01-01"),
        },
      });
      await prisma.concern.create({
        data: {
          id: randomUUID(),
          clientId: id,
          description: "Worried",
          recordedBy: "test",
          raisedOn: new Date("2026-01-01"),
          service: "family_social_work",
          deadlineRuleCode: "first_joint_meeting",
          deadline: new Date("2026-01-04"),
          organizationId: county,
        },
      });
      const planId = randomUUID();
      await prisma.servicePlan.create({ data: { id: planId, clientId: id, goals: [`goal ${index}`], createdBy: "test" } });
      await prisma.agreement.create({
        data: {
          id: randomUUID(),
          planId,
          concern: "c",
          nextAction: "n",
          responsibleClientId: id,
          ifNotDone: "i",
          followUp: "f",
          dueOn: new Date("2026-12-31"),
        },
      });
    }
  });

  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("resolves six clients with all their lists in as many SQL statements as one", async () => {
    const run = async (ids: string[]) => {
      counting.reset();
      const response = await harness.query<{ _entities: unknown[] }>(
        entities,
        { representations: ids.map((id) => ({ __typename: "Client", id })) },
        professional(county),
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?._entities).toHaveLength(ids.length);
      return counting.count;
    };
    const one = await run(clients.slice(0, 1));
    const six = await run(clients);
    expect(six).toBe(one);
  });
});
