import { randomUUID } from "node:crypto";
import type { SubgraphModule } from "@silta/kernel";
import { clientsSubgraph } from "@silta/clients";
import { fitSubgraph } from "@silta/fit";
import { createIntegrationSubgraph, integrationSubgraph, webhookSettingsFromEnv } from "@silta/integration";
import { teamsSubgraph } from "@silta/teams";
import { trainingSubgraph } from "@silta/training";
import {
  countStatements,
  createTestDatabase,
  professional,
  startSubgraph,
  type GraphQLResponse,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";

/**
 * The hostile inputs that once reached PostgreSQL and came back as INTERNAL_SERVER_ERROR, sent
 * straight to each subgraph (as the gateway forwards them): each is now BAD_USER_INPUT naming the
 * argument and the rule, in an HTTP 200 answer, before any SQL runs.
 */
const county = randomUUID();
const viewer = professional(county, { id: randomUUID(), scopes: ["clients:read", "webhooks:manage"] });

/**
 * The integration subgraph with an hour between its dispatcher's polls: a poll is a statement on the
 * subgraph's Prisma client, which the counter would take for one of the request under test. The one
 * poll at start is over before any request is counted: something was counted, then nothing for a second.
 */
const integrationPollingHourly: SubgraphModule = {
  ...integrationSubgraph,
  create: (deps) => createIntegrationSubgraph(deps, { ...webhookSettingsFromEnv(), dispatchIntervalMs: 3_600_000 }),
};

interface Running {
  harness: SubgraphHarness;
  testDb: TestDatabase;
  statements: ReturnType<typeof countStatements>;
}
const running = new Map<string, Running>();

async function subgraph(module: SubgraphModule): Promise<Running> {
  const existing = running.get(module.name);
  if (existing) return existing;
  const testDb = await createTestDatabase(`rules_${module.name}`, module.migrationsDir);
  const statements = countStatements(testDb.database);
  const harness = await startSubgraph(module, statements.database, { controllerOrganizationIds: [county] });
  if (module === integrationPollingHourly)
    for (let seen = -1; statements.count === 0 || statements.count !== seen;) {
      seen = statements.count;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  const started = { harness, testDb, statements };
  running.set(module.name, started);
  return started;
}

afterAll(async () => {
  for (const { harness, testDb } of running.values()) {
    await harness.stop();
    await testDb.drop();
  }
});

async function refused(
  module: SubgraphModule,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<NonNullable<GraphQLResponse["errors"]>[number]> {
  const { harness, statements } = await subgraph(module);
  statements.reset();
  const answer = await harness.query(query, variables, viewer);
  expect(answer.status).toBe(200);
  expect(answer.errors).toHaveLength(1);
  expect(statements.count).toBe(0);
  return answer.errors![0]!;
}

const badInput = (field: string, rule: string) => ({
  message: expect.stringContaining(field),
  extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field, rule }),
});

describe("hostile input at the subgraphs", () => {
  it("refuses an organization id that is not a UUID", async () => {
    expect(await refused(teamsSubgraph, `{ organization(id: "x") { id } }`)).toMatchObject(badInput("id", "uuid"));
  });

  it("refuses a team id that is not a UUID, given as a variable too", async () => {
    expect(await refused(teamsSubgraph, `query($id: ID!) { team(id: $id) { id } }`, { id: "x" })).toMatchObject(
      badInput("id", "uuid"),
    );
  });

  it("refuses a webhook subscription id that is not a UUID", async () => {
    expect(await refused(integrationPollingHourly, `{ webhookSubscription(id: "x") { id } }`)).toMatchObject(
      badInput("id", "uuid"),
    );
  });

  it("refuses year 0000, which PostgreSQL has not", async () => {
    expect(await refused(trainingSubgraph, `{ trainers(on: "0000-01-01") { qualifiedSince } }`)).toMatchObject(
      badInput("on", "date"),
    );
  });

  it("refuses a day that is not on the calendar", async () => {
    const error = await refused(fitSubgraph, `query($from: Date!) { fitUsers(from: $from, to: "2026-03-31") { month } }`, {
      from: "2026-02-30",
    });
    expect(error).toMatchObject(badInput("from", "date"));
  });

  it("refuses a NUL character in a client search", async () => {
    expect(
      await refused(clientsSubgraph, `query($name: String) { clients(search: { name: $name }) { edges { cursor } } }`, {
        name: "Ai\u0000no",
      }),
    ).toMatchObject(badInput("search.name", "no_nul_character"));
  });

  it("refuses a NUL character in a new client's name and writes nothing", async () => {
    const input = { id: randomUUID(), firstName: "Ai\u0000no", lastName: "Virtanen", controllerOrganizationId: county };
    expect(
      await refused(clientsSubgraph, `mutation($input: CreateClientInput!) { createClient(input: $input) { created } }`, {
        input,
      }),
    ).toMatchObject(badInput("input.firstName", "no_nul_character"));
  });

  it("refuses a 95 kB name search before it reaches PostgreSQL", async () => {
    const error = await refused(
      clientsSubgraph,
      `query($search: ClientSearch!) { clients(search: $search) { edges { cursor } } }`,
      { search: { name: "x".repeat(95_000) } },
    );
    expect(error).toMatchObject(badInput("search.name", "max_length"));
    expect(error.message).toMatch(/at most 200 characters/);
  });

  it("refuses a list longer than its bound in the SDL", async () => {
    const members = Array.from({ length: 51 }, () => ({ clientId: randomUUID(), relation: "CHILD" }));
    expect(
      await refused(clientsSubgraph, `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`, {
        input: { members },
      }),
    ).toMatchObject(badInput("input.members", "max_items"));
  });
});
