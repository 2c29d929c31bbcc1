import { post, startWorld, type World } from "./support/testWorld";

let world: World;
let url: string;

beforeAll(async () => {
  world = await startWorld();
  ({ url } = await world.gateway());
});

afterAll(async () => {
  await world?.stop();
});

describe("requests the gateway cannot run are the caller's 400, never a 500", () => {
  it("refuses two operations with an operationName that matches neither, naming the ones there are", async () => {
    const answer = await post(url, { query: "query A { __typename } query B { __typename }", operationName: "C" }, world.bearer);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message: 'The document has no operation named "C". Set operationName to one of: A, B.',
        extensions: { code: "OPERATION_RESOLUTION_FAILURE", requestId: expect.any(String) },
      },
    ]);
  });

  it("refuses two operations without an operationName", async () => {
    const answer = await post(url, { query: "query A { __typename } query B { __typename }" }, world.bearer);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.["code"]).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(answer.body.errors?.[0]?.message).toMatch(/set operationName/);
  });

  it("refuses a subscription with 400 before any subgraph is called", async () => {
    const before = world.people.calls + world.teams.calls;
    const answer = await post(url, { query: "subscription { __typename }" }, world.bearer);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message: "The gateway does not serve subscriptions; send a query or a mutation.",
        extensions: { code: "BAD_REQUEST", requestId: expect.any(String) },
      },
    ]);
    expect(world.people.calls + world.teams.calls).toBe(before);
  });

  it("still runs the operation that operationName names", async () => {
    const answer = await post(url, { query: "query A { a } query B { b }", operationName: "B" }, world.bearer);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { b: 2 } });
  });
});
