import { post, professional, startWorld, type World } from "./support/testWorld";

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.stop();
});

describe("one caller cannot open a subgraph's circuit for everyone", () => {
  it("lets other users through while one caller's expensive requests time out, many at once", async () => {
    const { url } = await world.gateway({
      // A timeout generous enough for the other user's quick call on a loaded machine.
      subgraphPolicy: { timeoutMs: 1_000, retries: 0, breakerFailures: 3, breakerOpenMs: 60_000 },
    });
    const attacker = { authorization: `Bearer ${await world.issuer.issue(professional("p-attacker"))}` };
    // `slow` sleeps in the subgraph: the caller's own operation, not the subgraph's health, is what is slow.
    const expensive = Array.from({ length: 8 }, () => post(url, "{ slow(ms: 3000) }", attacker));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const during = await post(url, "{ a }", world.bearer);
    const refused = await Promise.all(expensive);
    for (const answer of refused) {
      expect(answer.body.errors?.[0]?.extensions).toEqual(
        expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", reason: "timeout" }),
      );
    }
    const after = await post(url, "{ a }", world.bearer);
    expect(during.body).toEqual({ data: { a: 1 } });
    expect(after.body).toEqual({ data: { a: 1 } });
  });

  it("still opens the circuit when several callers' calls time out", async () => {
    const { url } = await world.gateway({
      subgraphPolicy: { timeoutMs: 200, retries: 0, breakerFailures: 3, breakerOpenMs: 60_000 },
    });
    for (const sub of ["p-1", "p-2", "p-3"]) {
      const bearer = { authorization: `Bearer ${await world.issuer.issue(professional(sub))}` };
      await post(url, "{ slow(ms: 1000) }", bearer);
    }
    const answer = await post(url, "{ a }", world.bearer);
    expect(answer.body.errors?.[0]?.extensions).toEqual(expect.objectContaining({ reason: "circuit_open" }));
  });

  it("keeps one caller from holding every subgraph connection: past its in-flight bound it gets 429", async () => {
    // Four connections to the subgraph and two requests in flight per client: the attacker's slow
    // requests can take two, and everyone else's calls still find a free connection.
    const { url } = await world.gateway({
      subgraphPolicy: { connections: 4, timeoutMs: 1_500, retries: 0 },
      maxInFlightPerClient: 2,
    });
    const attacker = { authorization: `Bearer ${await world.issuer.issue(professional("p-hog"))}` };
    const slow = Array.from({ length: 8 }, () => post(url, "{ slow(ms: 3000) }", attacker));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const other = await post(url, "{ a }", world.bearer);
    expect(other.body).toEqual({ data: { a: 1 } });
    const answers = await Promise.all(slow);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(6);
    expect(refused[0]!.body.errors?.[0]?.extensions).toEqual(
      expect.objectContaining({ code: "RATE_LIMITED", reason: "in_flight", retryAfterSeconds: 1 }),
    );
    // Slots are given back: once answered, the attacker may send again.
    expect((await post(url, "{ a }", attacker)).body).toEqual({ data: { a: 1 } });
  });
});
