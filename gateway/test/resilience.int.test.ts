import http from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "undici";
import { createLogger } from "@silta/kernel";
import {
  peopleResolvers,
  peopleSdl,
  portOf,
  post,
  startSubgraph,
  startWorld,
  teamsResolvers,
  teamsSdl,
  type World,
} from "./support/testWorld";

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.stop();
});

/** Asserts nothing internal reached the caller: no URL, host, port, stack or subgraph name. */
function expectNoLeak(body: unknown, ...secrets: string[]): void {
  // Request ids are random UUIDs: one may contain "503" or a port's digits by chance.
  const text = JSON.stringify(body).replace(/"requestId":"[0-9a-f-]+"/g, '"requestId":"…"');
  expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONN|stack|at .*\.ts|serviceName|people|teams/);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

/** A proxy in front of a subgraph that answers 503 to the first `failures` requests, and counts every request. */
async function flakyProxy(target: string, failures: number): Promise<{ url: string; requests: number; close(): Promise<void> }> {
  const state = { url: "", requests: 0, close: async () => undefined as void };
  const forward = async (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => {
    state.requests += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    if (state.requests <= failures) {
      outgoing.statusCode = 503;
      outgoing.end("unavailable");
      return;
    }
    const forwarded = await request(target, {
      method: "POST",
      headers: incoming.headers as Record<string, string>,
      body: Buffer.concat(chunks),
    });
    outgoing.statusCode = forwarded.statusCode;
    outgoing.setHeader("content-type", "application/json");
    outgoing.end(await forwarded.body.text());
  };
  // Not awaited by node:http; a proxy that fails shows in the test's answers (and as an unhandled rejection).
  const server = http.createServer((incoming, outgoing) => void forward(incoming, outgoing));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  state.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}

describe("subgraph failures", () => {
  it("answers with the running subgraph's data and an error at the missing path when a subgraph was stopped", async () => {
    const teams = await startSubgraph("teams", teamsSdl, teamsResolvers);
    const { url } = await world.gateway({ subgraphUrls: { people: world.people.url, teams: teams.url } });
    expect((await post(url, "{ me { id team { name } } }", world.bearer)).body.data).toEqual({
      me: { id: "p-42", team: { name: "Team of p-42" } },
    });
    await teams.stop();
    const { status, body } = await post(url, "{ me { id team { name } } }", world.bearer);
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: { id: "p-42", team: null } });
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ["me", "team"], extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE" }) }),
    ]);
    expectNoLeak(body, teams.url, String(portOf(teams.url)));
  });

  it("sends a plan's entity fetches to one subgraph together, and places its failure at each fetch's own paths", async () => {
    const teams = await startSubgraph("teams", teamsSdl, teamsResolvers);
    const { url } = await world.gateway({ subgraphUrls: { people: world.people.url, teams: teams.url } });
    // Two entity fetches to teams side by side: the people at `me` and at `me.friends`.
    const query = "{ me { team { name } friends(first: 2) { id team { name } } } }";
    const answered = await post(url, query, world.bearer).finally(() => teams.stop());
    expect(answered.body).toEqual({
      data: {
        me: {
          team: { name: "Team of p-42" },
          friends: [
            { id: "f0", team: { name: "Team of f0" } },
            { id: "f1", team: { name: "Team of f1" } },
          ],
        },
      },
    });
    expect(teams.calls).toBe(1);
    const { status, body } = await post(url, query, world.bearer);
    expect(status).toBe(200);
    expect(body.data).toEqual({
      me: {
        team: null,
        friends: [
          { id: "f0", team: null },
          { id: "f1", team: null },
        ],
      },
    });
    const errors = body.errors ?? [];
    expect(errors.map((error) => error.path)).toEqual([
      ["me", "team"],
      ["me", "friends", 0, "team"],
      ["me", "friends", 1, "team"],
    ]);
    expect(errors.every((error) => error.extensions?.["code"] === "SUBGRAPH_UNAVAILABLE")).toBe(true);
    expectNoLeak(body, teams.url, String(portOf(teams.url)));
  });

  it("cuts a hanging subgraph call at the subgraph's timeout and keeps the rest of the answer", async () => {
    const { url } = await world.gateway({ subgraphTimeoutsMs: { people: 300 } });
    const { status, body } = await post(url, "{ teamCount slow(ms: 5000) }", world.bearer);
    expect(status).toBe(200);
    expect(body.data).toEqual({ teamCount: 1, slow: null });
    expect(body.errors).toEqual([
      {
        message: expect.stringContaining("did not answer in time"),
        path: ["slow"],
        extensions: { code: "SUBGRAPH_UNAVAILABLE", reason: "timeout", requestId: expect.any(String) },
      },
    ]);
    expectNoLeak(body, world.people.url);
  });

  it("opens the circuit after repeated failures, refuses without calling, and closes after a successful probe", async () => {
    const teams = await startSubgraph("teams", teamsSdl, teamsResolvers);
    const port = portOf(teams.url);
    const { gateway, url } = await world.gateway({
      subgraphUrls: { people: world.people.url, teams: teams.url },
      subgraphPolicy: { breakerFailures: 2, breakerOpenMs: 400, retries: 0 },
      metrics: true,
    });
    await teams.stop();
    const reasons = async () =>
      (await post(url, "{ teamCount }", world.bearer)).body.errors?.map((error) => error.extensions?.["reason"]);
    expect(await reasons()).toEqual(["unreachable"]);
    expect(await reasons()).toEqual(["unreachable"]);
    expect(await reasons()).toEqual(["circuit_open"]);
    expect(await gateway.metrics!.registry.getSingleMetricAsString("silta_gateway_circuit_breaker_state")).toContain(
      'silta_gateway_circuit_breaker_state{subgraph="teams"} 2',
    );

    const restarted = await startSubgraph("teams", teamsSdl, teamsResolvers, port);
    try {
      expect(await reasons()).toEqual(["circuit_open"]);
      expect(restarted.calls).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 450));
      const probe = await post(url, "{ teamCount }", world.bearer);
      expect(probe.body).toEqual({ data: { teamCount: 1 } });
      expect(restarted.calls).toBe(1);
      expect(await gateway.metrics!.registry.getSingleMetricAsString("silta_gateway_circuit_breaker_state")).toContain(
        'silta_gateway_circuit_breaker_state{subgraph="teams"} 0',
      );
    } finally {
      await restarted.stop();
    }
  });

  it("retries a query's subgraph call after a 503, and never a mutation's", async () => {
    const people = await startSubgraph("people", peopleSdl, peopleResolvers);
    try {
      const queryProxy = await flakyProxy(people.url, 1);
      const { url: queryGateway } = await world.gateway({ subgraphUrls: { people: queryProxy.url, teams: world.teams.url } });
      const query = await post(queryGateway, "{ a }", world.bearer);
      expect(query.body).toEqual({ data: { a: 1 } });
      expect(queryProxy.requests).toBe(2);
      await queryProxy.close();

      const mutationProxy = await flakyProxy(people.url, 1);
      const { url: mutationGateway } = await world.gateway({
        subgraphUrls: { people: mutationProxy.url, teams: world.teams.url },
      });
      const mutation = await post(mutationGateway, 'mutation { rename(name: "Aino") { id } }', world.bearer);
      expect(mutation.body.data).toBeNull();
      expect(mutation.body.errors?.[0]?.extensions?.["code"]).toBe("INTERNAL_SERVER_ERROR");
      expect(mutationProxy.requests).toBe(1);
      expectNoLeak(mutation.body, mutationProxy.url);
      await mutationProxy.close();
    } finally {
      await people.stop();
    }
  });

  it("logs the detail of a failed subgraph call with the request id, and shows the caller none of it", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = createLogger({
      service: "gateway",
      level: "info",
      destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
    });
    const people = await startSubgraph("people", peopleSdl, peopleResolvers);
    const proxy = await flakyProxy(people.url, 100);
    try {
      const { url } = await world.gateway({ subgraphUrls: { people: proxy.url, teams: world.teams.url }, log });
      const { body, headers } = await post(url, "{ a b }", world.bearer);
      expect(body.data).toEqual({ a: null, b: null });
      expect(body.errors?.map((error) => [error.path, error.extensions?.["code"]])).toEqual([
        [["a"], "INTERNAL_SERVER_ERROR"],
        [["b"], "INTERNAL_SERVER_ERROR"],
      ]);
      expectNoLeak(body, "503");
      const logged = lines.filter((line) => line["requestId"] === headers.get("x-request-id"));
      expect(JSON.stringify(logged)).toContain("answered HTTP 503");
    } finally {
      await proxy.close();
      await people.stop();
    }
  });
});
