import { createLogger, createRedis, type Redis } from "@silta/kernel";
import { startPrivateRedis, type PrivateRedis } from "@silta/testkit";
import { namespace, post, startWorld, type World } from "./support/testWorld";

/** Private servers of this test (the task's range 6441-6449), never the shared Redis. */
const PORT = 6441;

let world: World;
let server: PrivateRedis;
let redis: Redis;
const lines: Record<string, unknown>[] = [];
const log = createLogger({
  service: "gateway",
  level: "info",
  destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
});

beforeAll(async () => {
  world = await startWorld();
  server = await startPrivateRedis(PORT);
  redis = createRedis(server.url, "silta-gateway-test", log);
  await redis.ping();
});

afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
  await world?.stop();
});

async function medianMs(url: string, bearer: Record<string, string>, runs = 9): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const answer = await post(url, "{ a }", bearer);
    samples.push(performance.now() - started);
    expect(answer.status).toBe(200);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function readiness(url: string): Promise<{ status: number; body: { status: string; checks: Record<string, string> } }> {
  const response = await fetch(new URL("/health/ready", url));
  return { status: response.status, body: (await response.json()) as { status: string; checks: Record<string, string> } };
}

async function until(what: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await what())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a frozen or dead Redis costs each request at most tens of milliseconds", () => {
  it("keeps serving with local rate limits while Redis is frozen, says so in readiness, and recovers", async () => {
    const prefix = namespace();
    const { url } = await world.gateway({ redis, redisKeyPrefix: prefix, rateLimit: { requests: 10_000 }, log });
    // One counter per caller and window: a run that crosses a window's end holds two.
    const counters = async () =>
      Promise.all((await redis.keys(`${prefix}:rl:*`)).map(async (key) => Number(await redis.get(key))));
    const before = await medianMs(url, world.bearer);
    expect((await counters()).length).toBeGreaterThanOrEqual(1);
    expect((await readiness(url)).body).toEqual({
      status: "ready",
      checks: { supergraph: "ok", "subgraph people": "ok", "subgraph teams": "ok", redis: "ok" },
    });

    server.freeze();
    try {
      // The connection still says "ready": without a timeout every request would hang here.
      expect(redis.status).toBe("ready");
      const frozen = await medianMs(url, world.bearer);
      expect(frozen - before).toBeLessThan(100);
      const ready = await readiness(url);
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe("degraded");
      expect(ready.body.checks["redis"]).toBe("failing");
    } finally {
      server.thaw();
    }
    await until(async () => (await readiness(url)).body.checks["redis"] === "ok");
    // Counted in Redis again: the post adds one to the counters, whichever window it falls in.
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const counted = sum(await counters());
    await post(url, "{ a }", world.bearer);
    expect(sum(await counters())).toBe(counted + 1);
    const warnings = lines.filter((line) => String(line["msg"]).startsWith("Redis is not answering in time"));
    expect(warnings).toHaveLength(1);
    expect(lines.filter((line) => String(line["msg"]).startsWith("Redis answers again")).length).toBeGreaterThanOrEqual(1);
  });

  it("keeps serving while Redis is dead, logs the lost connection once, and recovers when it is restarted", async () => {
    const { url } = await world.gateway({ redis, redisKeyPrefix: namespace(), rateLimit: { requests: 10_000 }, log });
    const before = await medianMs(url, world.bearer);
    const lostBefore = lines.filter((line) => line["msg"] === "Redis connection lost; reconnecting in the background").length;
    await server.kill();
    try {
      const dead = await medianMs(url, world.bearer);
      expect(dead - before).toBeLessThan(100);
      // Several reconnection attempts happen meanwhile; the log has one structured line for the outage.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const lost = lines.filter((line) => line["msg"] === "Redis connection lost; reconnecting in the background");
      expect(lost).toHaveLength(lostBefore + 1);
      expect(lost.at(-1)).toEqual(expect.objectContaining({ level: "warn", redis: "silta-gateway-test" }));
      const ready = await readiness(url);
      expect(ready.status).toBe(200);
      expect(ready.body.checks["redis"]).toBe("failing");
    } finally {
      await server.restart();
    }
    await until(async () => (await readiness(url)).body.checks["redis"] === "ok");
    expect(lines.some((line) => line["msg"] === "Redis connection is back")).toBe(true);
  });
});
