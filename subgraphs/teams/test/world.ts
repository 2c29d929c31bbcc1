import { randomUUID } from "node:crypto";
import type { Viewer } from "@silta/kernel";
import {
  countStatements,
  createTestDatabase,
  professional,
  startSubgraph,
  type CountingDatabase,
  type GraphQLResponse,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { teamsSubgraph } from "../src";

/** One test file's teams subgraph on its own schema, with a county, a city and viewers of both. */
export interface TeamsWorld {
  harness: SubgraphHarness;
  counting: CountingDatabase;
  prisma: PrismaClient;
  county: string;
  city: string;
  /** A county manager: may keep the register of organisations, professionals and teams. */
  manager: Viewer;
  /** A county social worker without the manager role. */
  socialWorker(id?: string): Viewer;
  /** A professional of the city (outside the county): no lawful basis for county clients' data. */
  outsider: Viewer;
  integration: Viewer;
  run<Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    viewer: Viewer,
  ): Promise<GraphQLResponse<Data>>;
  /** Events written for an aggregate, oldest first. */
  events(aggregateId: string): Promise<{ type: string; aggregateType: string; data: unknown }[]>;
  close(): Promise<void>;
}

export async function createTeamsWorld(label: string): Promise<TeamsWorld> {
  const county = randomUUID();
  const city = randomUUID();
  const testDb: TestDatabase = await createTestDatabase(label, teamsSubgraph.migrationsDir);
  const counting = countStatements(testDb.database);
  const harness = await startSubgraph(teamsSubgraph, counting.database, { controllerOrganizationIds: [county] });
  const prisma = createPrisma(testDb.database);
  await prisma.organization.createMany({
    data: [
      { id: county, name: "County family services", type: "COUNTY_SOCIAL_SERVICES", isCountyOrganization: true },
      { id: city, name: "City education services", type: "MUNICIPAL_EDUCATION", isCountyOrganization: false },
    ],
  });
  return {
    harness,
    counting,
    prisma,
    county,
    city,
    manager: professional(county, { id: randomUUID(), roles: ["manager"] }),
    socialWorker: (id = randomUUID()) => professional(county, { id, roles: ["social_worker"] }),
    outsider: professional(city, { id: randomUUID(), roles: ["school_curator"] }),
    integration: {
      id: "client-information-system",
      kind: "system",
      roles: [],
      scopes: ["teams:write", "clients:write", "clients:read"],
    },
    run: (query, variables, viewer) => harness.query(query, variables, viewer),
    events: async (aggregateId) =>
      prisma.outboxEvent.findMany({
        where: { aggregateId },
        orderBy: { id: "asc" },
        select: { type: true, aggregateType: true, data: true },
      }),
    close: async () => {
      await harness.stop();
      await prisma.$disconnect();
      await testDb.drop();
    },
  };
}

/** The error of a refused mutation, for matching on its code, field and rule. */
export function errorOf(response: GraphQLResponse): Record<string, unknown> & { message: string } {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return { message: error.message, ...(error.extensions ?? {}) };
}
