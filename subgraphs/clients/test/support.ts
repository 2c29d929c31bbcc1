import { randomUUID } from "node:crypto";
import { InProcessEventBus, type Viewer } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { clientsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";

/** One clients subgraph on a fresh schema, with the county's organisation and a worker of it. */
export interface ClientsWorld {
  harness: SubgraphHarness;
  prisma: PrismaClient;
  bus: InProcessEventBus;
  county: string;
  city: string;
  worker: Viewer;
  /** Runs an operation; returns data and errors as they came. */
  run<Data = Record<string, any>>(
    query: string,
    variables: Record<string, unknown>,
    viewer?: Viewer | null,
  ): Promise<{ data: Data; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] }>;
  /** Runs an operation that must succeed. */
  ok<Data = Record<string, any>>(query: string, variables: Record<string, unknown>, viewer?: Viewer): Promise<Data>;
  /** The first error's extensions of an operation that must fail. */
  failure(query: string, variables: Record<string, unknown>, viewer?: Viewer): Promise<Record<string, any>>;
  /** Events recorded so far, oldest first. */
  events(type?: string): Promise<{ type: string; aggregateId: string; data: Record<string, any> }[]>;
  createClient(fields?: Record<string, unknown>, viewer?: Viewer): Promise<string>;
  stop(): Promise<void>;
}

export async function startClientsWorld(label: string): Promise<ClientsWorld> {
  const testDb: TestDatabase = await createTestDatabase(label, clientsSubgraph.migrationsDir);
  const county = randomUUID();
  const city = randomUUID();
  const bus = new InProcessEventBus();
  const harness = await startSubgraph(clientsSubgraph, testDb.database, { controllerOrganizationIds: [county], bus });
  const prisma = createPrisma(testDb.database);
  const worker = professional(county, { id: randomUUID() });
  const world: ClientsWorld = {
    harness,
    prisma,
    bus,
    county,
    city,
    worker,
    async run(query, variables, viewer = worker) {
      const response = await harness.query(query, variables, viewer);
      return { data: (response.data ?? null) as never, errors: response.errors };
    },
    async ok(query, variables, viewer = worker) {
      const { data, errors } = await world.run(query, variables, viewer);
      if (errors) throw new Error(`unexpected errors: ${JSON.stringify(errors)}`);
      return data as never;
    },
    async failure(query, variables, viewer = worker) {
      const { errors } = await world.run(query, variables, viewer);
      if (!errors?.length) throw new Error("expected the operation to fail");
      return errors[0]!.extensions ?? {};
    },
    async events(type) {
      const rows = await prisma.outboxEvent.findMany({ where: type ? { type } : {}, orderBy: { id: "asc" } });
      return rows.map((row) => ({ type: row.type, aggregateId: row.aggregateId, data: row.data as Record<string, any> }));
    },
    async createClient(fields = {}, viewer = worker) {
      const data = await world.ok<{ createClient: { client: { id: string } } }>(
        `mutation ($input: CreateClientInput!) { createClient(input: $input) { client { id } } }`,
        {
          input: {
            temporaryIdentifier: `T-${randomUUID()}`,
            firstName: "Test",
            lastName: "Person",
            controllerOrganizationId: county,
            ...fields,
          },
        },
        viewer,
      );
      return data.createClient.client.id;
    },
    async stop() {
      await harness.stop();
      await prisma.$disconnect();
      await testDb.drop();
    },
  };
  return world;
}
