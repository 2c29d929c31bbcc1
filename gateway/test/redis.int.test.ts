import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Redis from "ioredis";
import { testRedisUrl } from "@silta/testkit";
import { registerSafelist, safelistKey, sha256 } from "../src";
import { namespace, post, professional, startWorld, type World } from "./support/testWorld";

let world: World;
let redis: Redis;
/** Redis at a port where nothing listens: "Redis is down" without stopping the shared Redis. */
let deadRedis: Redis;
const prefixes: string[] = [];

function prefix(): string {
  const created = namespace();
  prefixes.push(created);
  return created;
}

beforeAll(async () => {
  world = await startWorld();
  redis = new Redis(testRedisUrl, { maxRetriesPerRequest: 1 });
  // Until the connection is ready the gateway counts locally; the tests want Redis from the first request.
  await redis.ping();
  deadRedis = new Redis("redis://127.0.0.1:1", { maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  deadRedis.on("error", () => undefined);
});

afterAll(async () => {
  await world?.stop();
  for (const created of prefixes) {
    const keys = await redis.keys(`${created}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis?.quit();
  deadRedis?.disconnect();
});

const apq = (query: string | undefined, hash: string) => ({
  ...(query !== undefined ? { query } : {}),
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

describe("rate limits", () => {
  it("answers 429 RATE_LIMITED with Retry-After once a client used its window, and spares other clients", async () => {
    const { url } = await world.gateway({ redis, redisKeyPrefix: prefix(), rateLimit: { requests: 3, windowSeconds: 3600 } });
    for (let index = 0; index < 3; index += 1) expect((await post(url, "{ a }", world.bearer)).status).toBe(200);
    const refused = await post(url, "{ a }", world.bearer);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.body.errors).toEqual([
      {
        message: expect.stringContaining("Too many requests"),
        extensions: { code: "RATE_LIMITED", retryAfterSeconds: retryAfter, requestId: expect.any(String) },
      },
    ]);
    const other = await world.issuer.issue(professional("p-43"));
    expect((await post(url, "{ a }", { authorization: `Bearer ${other}` })).status).toBe(200);
  });

  it("lets the client in again after Retry-After", async () => {
    const { url } = await world.gateway({ redis, redisKeyPrefix: prefix(), rateLimit: { requests: 1, windowSeconds: 1 } });
    let refused = await post(url, "{ a }", world.bearer);
    for (let attempt = 0; attempt < 20 && refused.status !== 429; attempt += 1) refused = await post(url, "{ a }", world.bearer);
    expect(refused.status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, Number(refused.headers.get("retry-after")) * 1000 + 50));
    expect((await post(url, "{ a }", world.bearer)).status).toBe(200);
  });

  it("shares the count between gateway instances through Redis", async () => {
    const shared = { redis, redisKeyPrefix: prefix(), rateLimit: { requests: 2, windowSeconds: 60 } };
    const first = await world.gateway(shared);
    const second = await world.gateway(shared);
    expect((await post(first.url, "{ a }", world.bearer)).status).toBe(200);
    expect((await post(second.url, "{ a }", world.bearer)).status).toBe(200);
    expect((await post(first.url, "{ a }", world.bearer)).status).toBe(429);
  });

  it("keeps answering with Redis unreachable, counting in the instance instead", async () => {
    const { url } = await world.gateway({
      redis: deadRedis,
      redisKeyPrefix: prefix(),
      rateLimit: { requests: 2, windowSeconds: 60 },
    });
    expect(await post(url, "{ a }", world.bearer)).toMatchObject({ status: 200, body: { data: { a: 1 } } });
    expect((await post(url, "{ a }", world.bearer)).status).toBe(200);
    expect((await post(url, "{ a }", world.bearer)).status).toBe(429);
  });
});

describe("automatic persisted queries", () => {
  const query = "{ a b }";
  const hash = sha256(query);

  it("asks for the text of an unknown hash, stores it in Redis, and then runs it by hash on another instance", async () => {
    const shared = { redis, redisKeyPrefix: prefix() };
    const first = await world.gateway(shared);
    const unknown = await post(first.url, apq(undefined, hash), world.bearer);
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors).toEqual([
      { message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND", requestId: expect.any(String) } },
    ]);
    expect((await post(first.url, apq(query, hash), world.bearer)).body).toEqual({ data: { a: 1, b: 2 } });
    expect(await redis.get(`${shared.redisKeyPrefix}:pq:apq:${hash}`)).toBe(query);
    const second = await world.gateway(shared);
    expect((await post(second.url, apq(undefined, hash), world.bearer)).body).toEqual({ data: { a: 1, b: 2 } });
  });

  it("stores nothing for a caller without a valid token", async () => {
    const keyPrefix = prefix();
    const { url } = await world.gateway({ redis, redisKeyPrefix: keyPrefix });
    expect((await post(url, apq(query, hash))).status).toBe(401);
    expect(await redis.keys(`${keyPrefix}:*`)).toEqual([]);
    expect((await post(url, apq(undefined, hash), world.bearer)).body.errors?.[0]?.extensions?.["code"]).toBe(
      "PERSISTED_QUERY_NOT_FOUND",
    );
  });

  it("refuses a hash that is not the SHA-256 of the text sent with it", async () => {
    const { url } = await world.gateway({ redis, redisKeyPrefix: prefix() });
    const answer = await post(url, apq("{ c }", hash), world.bearer);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.["code"]).toBe("BAD_REQUEST");
  });

  it("keeps working in the instance with Redis unreachable", async () => {
    const { url } = await world.gateway({ redis: deadRedis, redisKeyPrefix: prefix() });
    expect((await post(url, apq(query, hash), world.bearer)).body).toEqual({ data: { a: 1, b: 2 } });
    expect((await post(url, apq(undefined, hash), world.bearer)).body).toEqual({ data: { a: 1, b: 2 } });
  });
});

describe("the safelist", () => {
  const registered = "query Registered { a }";

  it("runs registered operations by id or by text, and refuses and logs any other", async () => {
    const keyPrefix = prefix();
    await registerSafelist(redis, keyPrefix, "client-information-system", [{ id: sha256(registered), body: registered }]);
    const lines: Record<string, unknown>[] = [];
    const { createLogger } = await import("@silta/kernel");
    const log = createLogger({
      service: "gateway",
      level: "info",
      destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
    });
    const { url } = await world.gateway({ redis, redisKeyPrefix: keyPrefix, persistedQueries: { mode: "safelist" }, log });
    expect((await post(url, apq(undefined, sha256(registered)), world.bearer)).body).toEqual({ data: { a: 1 } });
    expect((await post(url, registered, world.bearer)).body).toEqual({ data: { a: 1 } });
    const before = world.people.calls;
    const refused = await post(url, "{ a b }", world.bearer);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: "PERSISTED_QUERY_NOT_ALLOWED", requestId: expect.any(String) });
    expect(world.people.calls).toBe(before);
    expect(lines).toContainEqual(expect.objectContaining({ code: "PERSISTED_QUERY_NOT_ALLOWED", msg: "request refused" }));
    // Registering by APQ is not a way around the safelist.
    expect((await post(url, apq("{ a b }", sha256("{ a b }")), world.bearer)).status).toBe(400);
  });

  it("registers a client's manifest with the register command", async () => {
    const keyPrefix = prefix();
    const folder = await mkdtemp(join(tmpdir(), "silta-manifest-"));
    try {
      const manifest = join(folder, "cis.json");
      const body = "query FromManifest { b }";
      await writeFile(
        manifest,
        JSON.stringify({
          format: "apollo-persisted-query-manifest",
          version: 1,
          operations: [{ id: sha256(body), name: "FromManifest", type: "query", body }],
        }),
      );
      const { stdout } = await promisify(execFile)(
        "npx",
        ["tsx", join(__dirname, "..", "src", "persistedQueries", "register.ts"), manifest, "--client", "cis"],
        { env: { ...process.env, REDIS_URL: testRedisUrl, REDIS_KEY_PREFIX: keyPrefix } },
      );
      expect(stdout).toContain("Registered 1 operations");
      expect(await redis.hget(safelistKey(keyPrefix), sha256(body))).toBe(body);
      const { url } = await world.gateway({ redis, redisKeyPrefix: keyPrefix, persistedQueries: { mode: "safelist" } });
      expect((await post(url, body, world.bearer)).body).toEqual({ data: { b: 2 } });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("with Redis unreachable, still runs operations pinned from manifest files and refuses the rest", async () => {
    const { url } = await world.gateway({
      redis: deadRedis,
      redisKeyPrefix: prefix(),
      persistedQueries: { mode: "safelist", operations: [{ id: sha256(registered), body: registered }] },
    });
    expect((await post(url, registered, world.bearer)).body).toEqual({ data: { a: 1 } });
    expect((await post(url, "{ b }", world.bearer)).status).toBe(400);
  });
});
