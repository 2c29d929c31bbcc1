import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGateway, sha256 } from "../src";
import {
  composeSupergraph,
  key,
  peopleResolvers,
  peopleSdl,
  post,
  silent,
  startSubgraph,
  startWorld,
  type World,
} from "./support/testWorld";

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.stop();
});

describe("operating the gateway", () => {
  it("serves Prometheus metrics: requests, errors by code, latency per operation and subgraph, breaker state", async () => {
    const { url } = await world.gateway({ metrics: true });
    await post(url, { query: "query TeamOfMe { me { team { name } } }" }, world.bearer);
    await post(url, "{ me { id } }", {});
    const response = await fetch(new URL("/metrics", url));
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('silta_gateway_requests_total{operation="TeamOfMe",status="200"} 1');
    expect(text).toContain('silta_gateway_errors_total{code="UNAUTHENTICATED"} 1');
    expect(text).toMatch(/silta_gateway_request_duration_seconds_count\{operation="TeamOfMe"\} 1/);
    expect(text).toMatch(/silta_gateway_subgraph_request_duration_seconds_count\{subgraph="teams",outcome="ok"\} 1/);
    expect(text).toContain('silta_gateway_circuit_breaker_state{subgraph="people"} 0');
  });

  it("serves /metrics and /health/detail only to the bearer of the metrics token when one is set", async () => {
    const token = "metrics-token-0123456789abcdef";
    const { url } = await world.gateway({ metrics: true, metricsToken: token });
    for (const path of ["/metrics", "/health/detail"]) {
      const anonymous = await fetch(new URL(path, url));
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect((await fetch(new URL(path, url), { headers: world.bearer })).status).toBe(401);
      const operator = await fetch(new URL(path, url), { headers: { authorization: `Bearer ${token}` } });
      expect(operator.status).toBe(200);
    }
    // Readiness stays public for load balancers: states only, no reasons.
    const ready = await fetch(new URL("/health/ready", url));
    expect(ready.status).toBe(200);
    expect(Object.keys((await ready.json()) as object)).toEqual(["status", "checks"]);
  });

  it("does not serve /metrics or /health/detail in production without a metrics token", async () => {
    const previous = process.env["NODE_ENV"];
    process.env["NODE_ENV"] = "production";
    let url: string;
    try {
      ({ url } = await world.gateway({ metrics: true }));
    } finally {
      process.env["NODE_ENV"] = previous;
    }
    expect((await fetch(new URL("/metrics", url))).status).toBe(404);
    expect((await fetch(new URL("/health/detail", url))).status).toBe(404);
  });

  it("answers CORS only for origins on the allow-list", async () => {
    const { url } = await world.gateway({ corsOrigins: ["https://ui.county.fi"] });
    const allowed = await fetch(url, {
      method: "OPTIONS",
      headers: { origin: "https://ui.county.fi", "access-control-request-method": "POST" },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://ui.county.fi");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("authorization");
    const refused = await fetch(url, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    const simple = await post(url, "{ a }", { ...world.bearer, origin: "https://evil.example" });
    expect(simple.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("prevents CSRF: a GET without a non-simple header is refused", async () => {
    const { url } = await world.gateway();
    const response = await fetch(`${url}?query=${encodeURIComponent("{ a }")}`, { headers: world.bearer });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("CSRF");
  });

  it("runs automatic persisted queries in memory without Redis, also by GET", async () => {
    const { url } = await world.gateway();
    const query = "{ c }";
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    expect((await post(url, { query, extensions }, world.bearer)).body).toEqual({ data: { c: 3 } });
    const byGet = await fetch(`${url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, {
      headers: { ...world.bearer, "apollo-require-preflight": "1" },
    });
    expect(await byGet.json()).toEqual({ data: { c: 3 } });
  });

  it("turns introspection and the landing page off when asked, as in production", async () => {
    const { url } = await world.gateway({ introspection: false, landingPage: false });
    const introspection = await post(url, "{ __schema { types { name } } }", world.bearer);
    expect(introspection.body.errors?.[0]?.extensions?.["code"]).toBe("GRAPHQL_VALIDATION_FAILED");
    const suggestion = await post(url, "{ aa }", world.bearer);
    expect(suggestion.body.errors?.[0]?.message).toBe('Cannot query field "aa" on type "Query".');
    const page = await fetch(url, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/<html/i);
  });

  it("finishes a request in flight when stopped, and refuses new connections", async () => {
    const { gateway, url } = await world.gateway();
    const inFlight = post(url, "{ slow(ms: 400) }", world.bearer);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = gateway.stop();
    const answer = await inFlight;
    await stopped;
    expect(answer.body).toEqual({ data: { slow: 400 } });
    await expect(fetch(url, { method: "POST" })).rejects.toThrow();
  });

  it("serves a changed supergraph file without a restart and without dropping a request in flight", async () => {
    const folder = await mkdtemp(join(tmpdir(), "silta-supergraph-"));
    const extendedSdl = peopleSdl.replace("slow(ms: Int!): Int", "slow(ms: Int!): Int added: Int");
    const extended = await startSubgraph("people", extendedSdl, {
      ...peopleResolvers,
      Query: { ...peopleResolvers.Query, added: () => 7 },
    });
    try {
      const file = join(folder, "supergraph.graphql");
      const before = composeSupergraph([{ name: "people", sdl: peopleSdl }]);
      await writeFile(file, before);
      const gateway = createGateway({
        supergraphSdl: before,
        supergraphFile: file,
        supergraphPollMs: 100,
        subgraphUrls: { people: extended.url },
        verifier: world.issuer.verifier,
        viewerKey: key,
        log: silent,
      });
      const url = await gateway.start(0);
      try {
        expect((await post(url, "{ added }", world.bearer)).body.errors?.[0]?.extensions?.["code"]).toBe(
          "GRAPHQL_VALIDATION_FAILED",
        );
        const inFlight = post(url, "{ slow(ms: 500) }", world.bearer);
        await writeFile(file, composeSupergraph([{ name: "people", sdl: extendedSdl }]));
        let answer = await post(url, "{ added }", world.bearer);
        for (let attempt = 0; attempt < 30 && answer.body.errors; attempt += 1) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          answer = await post(url, "{ added }", world.bearer);
        }
        expect(answer.body).toEqual({ data: { added: 7 } });
        expect((await inFlight).body).toEqual({ data: { slow: 500 } });
        // A broken file is refused and the last good supergraph stays.
        await writeFile(file, "this is not a supergraph");
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect((await post(url, "{ added }", world.bearer)).body).toEqual({ data: { added: 7 } });
      } finally {
        await gateway.stop();
      }
    } finally {
      await extended.stop();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("runs alone with authentication off for local testing, serving the standalone viewer", async () => {
    const { url } = await world.gateway({ authentication: "off", verifier: undefined });
    expect((await post(url, "{ me { id } }")).body).toEqual({ data: { me: { id: "standalone" } } });
  });

  it("refuses to run with authentication off in production", () => {
    const previous = process.env["NODE_ENV"];
    process.env["NODE_ENV"] = "production";
    try {
      expect(() =>
        createGateway({
          supergraphSdl: world.supergraphSdl,
          subgraphUrls: {},
          authentication: "off",
          viewerKey: key,
          log: silent,
        }),
      ).toThrow(/authentication off.*production/);
    } finally {
      process.env["NODE_ENV"] = previous;
    }
  });
});
