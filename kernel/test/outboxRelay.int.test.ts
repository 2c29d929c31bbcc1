import { randomUUID } from "node:crypto";
import { createTestDatabase, testRedisUrl, type TestDatabase } from "@silta/testkit";
import Redis from "ioredis";
import { createLogger, OutboxRelay, RedisEventBus, streamOf, type DomainEvent, type EventBus } from "../src";

const silent = createLogger({ service: "test", level: "silent" });
const OUTBOX = `CREATE TABLE outbox_event (
  id BIGSERIAL PRIMARY KEY, event_id UUID NOT NULL UNIQUE, type TEXT NOT NULL, aggregate_type TEXT NOT NULL,
  aggregate_id TEXT NOT NULL, actor_id TEXT NOT NULL, data JSONB NOT NULL,
  occurred_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(), published_at TIMESTAMPTZ(3))`;

async function insertEvents(testDb: TestDatabase, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const [index, id] of ids.entries()) {
    await testDb.database.sql.query(
      `INSERT INTO outbox_event (event_id, type, aggregate_type, aggregate_id, actor_id, data) VALUES ($1, 'team.member_added', 'Team', $2, 'p1', $3)`,
      [id, `team-${index}`, JSON.stringify({ index })],
    );
  }
  return ids;
}

function collect(bus: EventBus, stream: string, group: string, consumer = "c1") {
  const seen: DomainEvent[] = [];
  const subscription = bus.subscribe({ stream, group, consumer, handler: async (event) => void seen.push(event) });
  return { seen, subscription };
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the outbox relay on Redis Streams", () => {
  let testDb: TestDatabase;
  let redis: Redis;
  let source: string;

  beforeEach(async () => {
    testDb = await createTestDatabase("outbox");
    await testDb.database.sql.exec(OUTBOX);
    redis = new Redis(testRedisUrl);
    source = `test-${randomUUID()}`;
  });
  afterEach(async () => {
    await redis.del(streamOf(source));
    redis.disconnect();
    await testDb.drop();
  });

  it("publishes committed events in order with their envelope, and marks them published", async () => {
    const bus = new RedisEventBus(redis, { blockMs: 100 });
    const ids = await insertEvents(testDb, 3);
    const relay = new OutboxRelay({ source, sql: testDb.database.sql, bus, log: silent });
    expect(await relay.flush()).toBe(3);
    expect(await relay.flush()).toBe(0);
    const { seen, subscription } = collect(bus, streamOf(source), "projection");
    await until(() => seen.length === 3);
    expect(seen.map((event) => event.id)).toEqual(ids);
    expect(seen[0]).toMatchObject({
      type: "team.member_added",
      source,
      aggregateType: "Team",
      aggregateId: "team-0",
      actorId: "p1",
      schemaVersion: 1,
      data: { index: 0 },
    });
    await (await subscription).stop();
    const pending = await testDb.database.sql.query(`SELECT 1 FROM outbox_event WHERE published_at IS NULL`);
    expect(pending).toHaveLength(0);
    await bus.close();
  });

  it("keeps events in the outbox while Redis is unreachable, and publishes them once it is back", async () => {
    const unreachable = new Redis("redis://127.0.0.1:1", {
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
    });
    const downBus = new RedisEventBus(unreachable);
    await insertEvents(testDb, 2);
    const relay = new OutboxRelay({ source, sql: testDb.database.sql, bus: downBus, log: silent });
    await expect(relay.flush()).rejects.toThrow();
    expect(await testDb.database.sql.query(`SELECT 1 FROM outbox_event WHERE published_at IS NULL`)).toHaveLength(2);
    unreachable.disconnect();

    const upBus = new RedisEventBus(redis);
    expect(await new OutboxRelay({ source, sql: testDb.database.sql, bus: upBus, log: silent }).flush()).toBe(2);
    expect(await redis.xlen(streamOf(source))).toBe(2);
  });

  it("gives a consumer group that was down everything it missed, and nothing twice", async () => {
    const bus = new RedisEventBus(redis, { blockMs: 100 });
    const relay = new OutboxRelay({ source, sql: testDb.database.sql, bus, log: silent });
    const first = collect(bus, streamOf(source), "projection");
    await insertEvents(testDb, 2);
    await relay.flush();
    await until(() => first.seen.length === 2);
    await (await first.subscription).stop();

    await insertEvents(testDb, 3);
    await relay.flush();
    const second = collect(bus, streamOf(source), "projection");
    await until(() => second.seen.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(second.seen).toHaveLength(3);
    expect(new Set([...first.seen, ...second.seen].map((event) => event.id)).size).toBe(5);
    await (await second.subscription).stop();
    await bus.close();
  });

  it("redelivers an event whose handler failed until it succeeds", async () => {
    const bus = new RedisEventBus(redis, { blockMs: 100 });
    await insertEvents(testDb, 1);
    await new OutboxRelay({ source, sql: testDb.database.sql, bus, log: silent }).flush();
    let attempts = 0;
    const subscription = await bus.subscribe({
      stream: streamOf(source),
      group: "flaky",
      consumer: "c1",
      handler: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("projection store unavailable");
      },
    });
    await until(() => attempts >= 2, 8_000);
    await subscription.stop();
    expect(await redis.xpending(streamOf(source), "flaky")).toEqual([0, null, null, null]);
    await bus.close();
  });
});
