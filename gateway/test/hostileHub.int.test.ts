import { startHubWorld, type HubWorld } from "./support/hubWorld";

/** Issue 14's reproductions against the real supergraph and subgraphs: each is the caller's 400, quickly. */
describe("hostile requests to the real hub", () => {
  let world: HubWorld;

  beforeAll(async () => {
    world = await startHubWorld("hostile_hub");
  }, 120_000);
  afterAll(() => world?.stop());

  it("refuses the 1.2 kB fragment bomb on teams as too costly, with little gateway CPU", async () => {
    const fragments = Array.from({ length: 27 }, (_, i) => `fragment F${i} on Team{name ...F${i + 1} ...F${i + 1}}`);
    const query = `query{teams{...F0}} ${fragments.join(" ")} fragment F27 on Team{id}`;
    const cpu = process.cpuUsage();
    const answer = await world.graphql(query, {}, world.socialWorker.bearer);
    const spent = process.cpuUsage(cpu);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: "OPERATION_LIMIT_EXCEEDED", limit: "cost" }),
    );
    // The estimate that walked every expansion of the fragments took 21 s of CPU. The process's CPU
    // also counts what the hub's subgraphs (in this process) do meanwhile, more the longer the request
    // waits for a busy machine: 590 ms was seen with both cores busy, hence the wide bound.
    expect((spent.user + spent.system) / 1000).toBeLessThan(2_000);
  });

  it("answers an impossible date in fitUsers with BAD_USER_INPUT naming the argument", async () => {
    const answer = await world.graphql(
      '{ fitUsers(from: "2026-02-30", to: "2026-03-31") { month users } }',
      {},
      world.socialWorker.bearer,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "from", rule: "date" }) }),
    ]);
  });

  it("answers a word in accessLog's DateTime variable with BAD_USER_INPUT naming the variable", async () => {
    const answer = await world.graphql(
      'query ($from: DateTime) { accessLog(clientId: "c-1", from: $from) { pageInfo { hasNextPage } } }',
      { from: "yesterday" },
      world.socialWorker.bearer,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "$from", rule: "date_time" }),
      }),
    ]);
  });

  it("answers two operations without a matching operationName, and a subscription, with 400", async () => {
    const ambiguous = await world.graphql("query A{__typename} query B{__typename}", {}, world.socialWorker.bearer);
    expect(ambiguous.status).toBe(400);
    const subscription = await world.graphql("subscription{__typename}", {}, world.socialWorker.bearer);
    expect(subscription.status).toBe(400);
  });
});
