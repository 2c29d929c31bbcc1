import type { OperationLimits } from "../src";
import { post, startWorld, type Answer, type World } from "./support/testWorld";

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.stop();
});

/** Sends `query` through a gateway with only this limit tightened; returns the answer and whether a subgraph was called. */
async function through(
  limits: Partial<OperationLimits>,
  body: Record<string, unknown> | string,
): Promise<Answer & { called: boolean }> {
  const { url } = await world.gateway({ limits });
  const before = world.people.calls + world.teams.calls;
  const answer = await post(url, body, world.bearer);
  return { ...answer, called: world.people.calls + world.teams.calls > before };
}

function expectAccepted(answer: Answer & { called: boolean }): void {
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.called).toBe(true);
}

function expectRefused(answer: Answer & { called: boolean }, limit: string, max: number, status = 400): void {
  expect(answer.status).toBe(status);
  expect(answer.body.errors).toEqual([
    expect.objectContaining({
      extensions: { code: "OPERATION_LIMIT_EXCEEDED", limit, max, requestId: expect.any(String) },
    }),
  ]);
  expect(answer.called).toBe(false);
}

describe("operation limits", () => {
  it("accepts an operation at the depth limit and refuses one a level deeper, before any subgraph", async () => {
    expectAccepted(await through({ maxDepth: 3 }, "{ me { friends { id } } }"));
    expectRefused(await through({ maxDepth: 3 }, "{ me { friends { friends { id } } } }"), "depth", 3);
  });

  it("counts depth through fragments", async () => {
    const query = "query { me { ...F } } fragment F on Person { friends { friends { id } } }";
    expectRefused(await through({ maxDepth: 3 }, query), "depth", 3);
  });

  it("accepts the allowed number of aliases and refuses one more", async () => {
    expectAccepted(await through({ maxAliases: 2 }, "{ x: a y: b c }"));
    expectRefused(await through({ maxAliases: 2 }, "{ x: a y: b z: c }"), "aliases", 2);
  });

  it("accepts the allowed number of root fields and refuses one more, fragments included", async () => {
    expectAccepted(await through({ maxRootFields: 3 }, "{ a b c __typename }"));
    expectRefused(await through({ maxRootFields: 3 }, "query { a ...R } fragment R on Query { b c teamCount }"), "rootFields", 3);
  });

  it("accepts a document of exactly the allowed tokens and refuses one token more", async () => {
    // `{ a b c }` is five tokens.
    expectAccepted(await through({ maxTokens: 5 }, "{ a b c }"));
    expectRefused(await through({ maxTokens: 5 }, "{ a b c teamCount }"), "tokens", 5);
  });

  it("accepts the allowed number of directives and refuses one more", async () => {
    expectAccepted(await through({ maxDirectives: 1 }, "{ a @include(if: true) b }"));
    expectRefused(await through({ maxDirectives: 1 }, "{ a @include(if: true) b @skip(if: false) }"), "directives", 1);
  });

  it("takes list sizes from pagination arguments: accepts the cost limit and refuses just over it", async () => {
    // people(first: 5) { id name } costs 1 + 5 × 2 = 11.
    expectAccepted(await through({ maxCost: 11 }, "{ people(first: 5) { id name } }"));
    expectRefused(await through({ maxCost: 11 }, "{ people(first: 6) { id name } }"), "cost", 11);
  });

  it("reads a pagination argument given as a variable", async () => {
    const query = "query Q($n: Int) { people(first: $n) { id name } }";
    expectAccepted(await through({ maxCost: 11 }, { query, variables: { n: 5 } }));
    expectRefused(await through({ maxCost: 11 }, { query, variables: { n: 6 } }), "cost", 11);
  });

  it("keeps an operation's verdict for its next requests only where no variable can change it", async () => {
    const { url } = await world.gateway({ limits: { maxCost: 11 } });
    const sent = async (body: Record<string, unknown> | string) => {
      const before = world.people.calls + world.teams.calls;
      const answer = await post(url, body, world.bearer);
      return { ...answer, called: world.people.calls + world.teams.calls > before };
    };
    for (let round = 0; round < 2; round++) {
      expectRefused(await sent("{ people(first: 6) { id name } }"), "cost", 11);
      expectAccepted(await sent("{ people(first: 5) { id name } }"));
    }
    const query = "query Q($n: Int) { people(first: $n) { id name } }";
    expectAccepted(await sent({ query, variables: { n: 5 } }));
    expectRefused(await sent({ query, variables: { n: 6 } }), "cost", 11);
    expectAccepted(await sent({ query, variables: { n: 5 } }));
  });

  it("multiplies nested lists: a list without a pagination argument counts the default list size", async () => {
    // me(1) + name(1) + friends(1) + 4 × (friends(1) + 4 × id(1)) = 3 + 4 × 5 = 23 with defaultListSize 4 … but friends takes `first`, default 50.
    const query = "{ me { friends(first: 4) { friends(first: 4) { id } } } }";
    // me 1 + friends 1 + 4 × (friends 1 + 4 × id 1) = 2 + 20 = 22.
    expectAccepted(await through({ maxCost: 22 }, query));
    expectRefused(await through({ maxCost: 21 }, query), "cost", 21);
  });

  it("accepts a request body of exactly the size limit and refuses one byte more with 413", async () => {
    const body = JSON.stringify({ query: "{ a }" });
    expectAccepted(await through({ maxRequestBytes: body.length }, "{ a }"));
    expectRefused(await through({ maxRequestBytes: body.length }, "{  a }"), "requestBytes", body.length, 413);
  });

  it("counts aliases of __typename like any other alias", async () => {
    expectAccepted(await through({ maxAliases: 2 }, "{ x: __typename y: __typename a }"));
    expectRefused(await through({ maxAliases: 2 }, "{ x: __typename y: __typename z: __typename a }"), "aliases", 2);
  });

  it("refuses a 1 000-alias __typename flood at the default limits", async () => {
    const query = `{ ${Array.from({ length: 1_000 }, (_, index) => `t${index}: __typename`).join(" ")} }`;
    expectRefused(await through({}, query), "aliases", 30);
  });

  it("refuses a fragment bomb (2^27 expansions in 1.2 kB) on cost, spending little CPU, before any subgraph", async () => {
    // The reproduction of issue 14: each fragment spreads the next twice. The old estimate expanded
    // every spread and held the event loop for 21 s; memoised fragments make it linear. The bound
    // is generous for a loaded 2-core machine (measured: a few ms; docs/gateway.md).
    const fragments = Array.from({ length: 27 }, (_, i) => `fragment F${i} on Person { name ...F${i + 1} ...F${i + 1} }`);
    const query = `{ people { ...F0 } } ${fragments.join(" ")} fragment F27 on Person { id }`;
    expect(query.length).toBeLessThan(1_600);
    const { url } = await world.gateway();
    const before = world.people.calls + world.teams.calls;
    const cpu = process.cpuUsage();
    const answer = await post(url, query, world.bearer);
    const spent = process.cpuUsage(cpu);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "OPERATION_LIMIT_EXCEEDED", limit: "cost" }) }),
    ]);
    expect(world.people.calls + world.teams.calls).toBe(before);
    expect((spent.user + spent.system) / 1000).toBeLessThan(500);
  });

  it("lets the README's joined team query pass the default limits", async () => {
    const { url } = await world.gateway();
    const answer = await post(
      url,
      "{ me { id name friends(first: 50) { id name team { name } friends(first: 10) { id name } } team { name } } people(first: 100) { id } }",
      world.bearer,
    );
    expect(answer.body.errors).toBeUndefined();
  });
});
