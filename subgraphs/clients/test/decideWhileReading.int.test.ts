import { randomUUID } from "node:crypto";
import type { AccessDecision, AccessPolicy, AccessRequest } from "@silta/kernel";
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
import { clientsSubgraph } from "../src";
import { createPrisma } from "../src/data/db";

const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id firstName } } }`;
type Entities = { _entities: ({ id: string; firstName: string | null } | null)[] };

/** Resolves once `holds()` is true, checking after each turn of the event loop; fails after `bound` ms. */
async function until(holds: () => boolean, what: string, bound = 10_000): Promise<void> {
  const started = Date.now();
  while (!holds()) {
    if (Date.now() - started > bound) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * A policy that holds every decision of `basic` data until the test releases it (and answers any other
 * at once, allowed), and notes what the subgraph had done (its statements, its answer) by the time the
 * held decision was made.
 */
function heldPolicy(counting: CountingDatabase, answered: () => boolean) {
  const held: { requests: AccessRequest[]; statementsWhileHeld: number; answeredBeforeDecision: boolean }[] = [];
  let released: Promise<boolean> = new Promise(() => undefined);
  let release: (allowed: boolean) => void = () => undefined;
  let settled: boolean | undefined;
  const policy: AccessPolicy = {
    decide: () => Promise.reject(new Error("decides and logs together")),
    async decideAndLog(_viewer, requests): Promise<AccessDecision[]> {
      // Any other decision is answered at once: allowed before the held one is released, then as it was.
      if (!requests.some((request) => request.category === "basic")) {
        const allowed = settled ?? true;
        return requests.map(() =>
          allowed ? { allowed: true, basis: "test" } : { allowed: false, basis: "no_client_relationship" },
        );
      }
      const call = { requests, statementsWhileHeld: 0, answeredBeforeDecision: false };
      held.push(call);
      // Later calls of the same request (the other categories of a denied client) are answered alike.
      const allowed = await released;
      call.statementsWhileHeld = counting.count;
      call.answeredBeforeDecision = answered();
      return requests.map(() =>
        allowed ? { allowed: true, basis: "test" } : { allowed: false, basis: "no_client_relationship" },
      );
    },
  };
  const hold = (): void => {
    settled = undefined;
    released = new Promise<boolean>((resolve) => (release = resolve));
  };
  const settle = (allowed: boolean): void => {
    settled = allowed;
    release(allowed);
  };
  return { policy, held, hold, release: settle };
}

/**
 * A referenced client's row is read while its decision is being made (one statement for the batch, one
 * decision call), so the two wait side by side instead of one after the other; and still nothing of
 * the client leaves the subgraph before the decision, nor at all when it denies.
 */
describe("deciding while reading referenced clients", () => {
  let testDb: TestDatabase;
  let counting: CountingDatabase;
  let harness: SubgraphHarness;
  let held: ReturnType<typeof heldPolicy>;
  let answered = false;
  const county = randomUUID();
  const clients = [randomUUID(), randomUUID(), randomUUID()];
  const concern = randomUUID();
  const worker = professional(county);

  beforeAll(async () => {
    testDb = await createTestDatabase("clients_decide_while_reading", clientsSubgraph.migrationsDir);
    counting = countStatements(testDb.database);
    held = heldPolicy(counting, () => answered);
    harness = await startSubgraph(clientsSubgraph, counting.database, { accessPolicy: held.policy });
    const prisma = createPrisma(testDb.database);
    await prisma.client.createMany({
      data: clients.map((id, index) => ({
        id,
        firstName: `Reading${index}`,
        lastName: "Decided",
        controllerOrganizationId: county,
      })),
    });
    await prisma.concern.create({
      data: {
        id: concern,
        clientId: clients[0]!,
        description: "Worried",
        recordedBy: "test",
        raisedOn: new Date("2026-01-01"),
        service: "family_social_work",
        deadlineRuleCode: "first_joint_meeting",
        deadline: new Date("2026-01-04"),
        organizationId: county,
      },
    });
    await prisma.$disconnect();
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  async function ask(allowed: boolean): Promise<GraphQLResponse<Entities>> {
    answered = false;
    held.hold();
    counting.reset();
    const calls = held.held.length;
    const response = harness
      .query<Entities>(entities, { r: clients.map((id) => ({ __typename: "Client", id })) }, worker)
      .finally(() => (answered = true));
    // The decision call is open and the read of the rows goes out meanwhile.
    await until(() => held.held.length > calls, "the decision call");
    await until(() => counting.count > 0, "the read of the clients while the decision is held");
    held.release(allowed);
    return response;
  }

  it("reads the clients in one statement while their one decision is held, and answers only after it", async () => {
    const response = await ask(true);
    const call = held.held.at(-1)!;
    expect(held.held).toHaveLength(1);
    expect(call.requests.map((request) => request.clientId).sort()).toEqual([...clients].sort());
    expect(call.statementsWhileHeld).toBe(1);
    expect(call.answeredBeforeDecision).toBe(false);
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities.map((client) => client?.firstName).sort()).toEqual(["Reading0", "Reading1", "Reading2"]);
  });

  it("lets nothing of a client read meanwhile out when the decision denies", async () => {
    const response = await ask(false);
    expect(held.held.at(-1)!.answeredBeforeDecision).toBe(false);
    expect(response.data?._entities ?? []).toEqual(clients.map(() => null));
    expect(JSON.stringify(response)).not.toContain("Reading");
    expect(response.errors?.every((error) => error.extensions?.["code"] === "FORBIDDEN")).toBe(true);
  });

  it("reads a concern's client while the client's own decision is held, and shows it only after", async () => {
    answered = false;
    held.hold();
    counting.reset();
    const calls = held.held.length;
    const response = harness
      .query<{ concern: { id: string; client: { firstName: string } | null } }>(
        `query ($id: ID!) { concern(id: $id) { id client { firstName } } }`,
        { id: concern },
        worker,
      )
      .finally(() => (answered = true));
    await until(() => held.held.length > calls, "the decision of the concern's client");
    // The concern's own statement, and its client's while that client's decision is held.
    await until(() => counting.count >= 2, "the read of the concern's client while its decision is held");
    held.release(true);
    const answer = await response;
    expect(held.held.at(-1)!.answeredBeforeDecision).toBe(false);
    expect(held.held.at(-1)!.requests).toEqual([{ clientId: clients[0], category: "basic", action: "read" }]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.concern.client).toEqual({ firstName: "Reading0" });
  });
});
