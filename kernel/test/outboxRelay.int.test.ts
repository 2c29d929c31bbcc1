import { randomUUID } from "node:crypto";
import { createTestDatabase, testRedisUrl, type TestDatabase } from "@silta/testkit";
import Redis from "ioredis";
import { createLogger } from "../src";
import {
  OutboxRelay,
  PROCESSED_EVENT_TABLE,
  processOnce,
  publishedIdsKey,
  recordEvent,
  RedisEventBus,
  streamOf,
  envelopeOf,
  type DomainEvent,
  type EventBus,
  type OutboxRow,
} from "../src/events";

const sampleEvent: DomainEvent = {
  id: "",
  type: "team.member_added",
  source: "",
  aggregateType: "Team",
  aggregateId: "team-1",
  aggregateVersion: 1,
  changedFields: ["role"],
  occurredAt: new Date(0).toISOString(),
  actorId: "p1",
  data: { role: "member" },
  schemaVersion: 2,
};

const silent = createLogger({ service: "test", level: "silent" });
const OUTBOX = `CREATE TABLE outbox_event (
  id BIGSERIAL PRIMARY KEY, event_id UUID NOT NULL UNIQUE, type TEXT NOT NULL, aggregate_type TEXT NOT NULL,
  aggregate_id TEXT NOT NULL, actor_id TEXT NOT NULL, data JSONB NOT NULL,
  occurred_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(), published_at TIMESTAMPTZ(3),
  aggregate_version INTEGER, changed_fields JSONB);
CREATE TABLE aggregate_version (aggregate_type TEXT, aggregate_id TEXT, version INTEGER NOT NULL, PRIMARY KEY (aggregate_type, aggregate_id));
${PROCESSED_EVENT_TABLE};
CREATE TABLE effect (event_id UUID NOT NULL, aggregate_id TEXT NOT NULL)`;

/** A row as the code before envelope 2 wrote it: no version, no changed fields. */

async function insertLegacyEvents(testDb: TestDatabase, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const [index, id] of ids.entries()) {
    await testDb.database.sql.query(
      `INSERT INTO outbox_event (event_id, type, aggregate_type, aggregate_id, actor_id, data) VALUES ($1, 'team.member_added', 'Team', $2, 'p1', $3)`,
      [id, `team-${index}`, JSON.stringify({ index })],
    );
  }
  return ids;
}

const TEAM = "0c000000-0000-4000-8000-0000000000aa";
const ORGANIZATION = "0a000000-0000-4000-8000-0000000000aa";
/** The data of a `team.member_added` as its contract has it: the `index`-th professional joins. */
const memberAddedData = (index: number) => ({
  teamId: TEAM,
  professionalId: `0b000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
  organizationId: ORGANIZATION,
  role: "member",
  since: "2026-01-01",
  until: null,
});

/** Changes committed with their events through the kernel's recordEvent, as every subgraph does. */
async function recordChanges(testDb: TestDatabase, count: number, aggregateId = `team-${randomUUID()}`): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1)
    ids.push(
      await testDb.database.sql.transaction((tx) =>
        recordEvent(tx, {
          type: "team.member_added",
          aggregateType: "Team",
          aggregateId,
          actorId: "p1",
          data: memberAddedData(index),
        }),
      ),
    );
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
    await redis.del(streamOf(source), publishedIdsKey(streamOf(source)));
    redis.disconnect();
    await testDb.drop();
  });

  it("publishes committed events in order with their envelope, and marks them published", async () => {
    const bus = new RedisEventBus(redis, { blockMs: 100 });
    const ids = await recordChanges(testDb, 3, "team-0");
    const relay = new OutboxRelay({ source, sql: testDb.database.sql, bus, log: silent });
    expect(await relay.flush()).toBe(3);
    expect(await relay.flush()).toBe(0);
    const { seen, subscription } = collect(bus, streamOf(source), "projection");
    await until(() => seen.length === 3);
    expect(seen.map((event) => event.id)).toEqual(ids);
    // The wire format, field for field: the contracts check the data, they add nothing to the envelope.
    expect(seen[0]).toEqual({
      id: ids[0],
      type: "team.member_added",
      source,
      aggregateType: "Team",
      aggregateId: "team-0",
      aggregateVersion: 1,
      changedFields: ["teamId", "professionalId", "organizationId", "role", "since", "until"],
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      actorId: "p1",
      schemaVersion: 2,
      data: memberAddedData(0),
    });
    expect(seen.map((event) => event.aggregateVersion)).toEqual([1, 2, 3]);
    await (await subscription).stop();
    const pending = await testDb.database.sql.query(`SELECT 1 FROM outbox_event WHERE published_at IS NULL`);
    expect(pending).toHaveLength(0);
    await bus.close();
  });

  it("adds an event to its stream once, even when a relay that died before marking its rows publishes them again", async () => {
    const bus = new RedisEventBus(redis, { blockMs: 100 });
    await recordChanges(testDb, 3);
    const [row] = await testDb.database.sql.query<OutboxRow>(
      `SELECT id::text AS id, event_id::text AS event_id, type, aggregate_type, aggregate_id, actor_id, data, occurred_at,
              aggregate_version, changed_fields FROM outbox_event ORDER BY id LIMIT 1`,
    );
    // The dead replica's XADD reached Redis, its UPDATE of published_at never committed.
    await bus.publish(streamOf(source), [envelopeOf(source, row!)]);
    expect(await new OutboxRelay({ source, sql: testDb.database.sql, bus, log: silent }).flush()).toBe(3);
    const entries = await redis.xrange(streamOf(source), "-", "+");
    const ids = entries.map(([, fields]) => (JSON.parse(fields[1]!) as DomainEvent).id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(row!.event_id);
  });

  it("forgets published ids after the dedupe window, so the set of ids stays small", async () => {
    const bus = new RedisEventBus(redis, { dedupeSeconds: 1 });
    const event = (id: string) => ({ ...sampleEvent, id, source });
    await bus.publish(streamOf(source), [event(randomUUID()), event(randomUUID())]);
    expect(await redis.zcard(publishedIdsKey(streamOf(source)))).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await bus.publish(streamOf(source), [event(randomUUID())]);
    expect(await redis.zcard(publishedIdsKey(streamOf(source)))).toBe(1);
    expect(await redis.xlen(streamOf(source))).toBe(3);
  });

  it("keeps events in the outbox while Redis is unreachable, and publishes them once it is back", async () => {
    const unreachable = new Redis("redis://127.0.0.1:1", {
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
    });
    const downBus = new RedisEventBus(unreachable);
    await recordChanges(testDb, 2);
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
    await recordChanges(testDb, 2);
    await relay.flush();
    await until(() => first.seen.length === 2);
    await (await first.subscription).stop();

    await recordChanges(testDb, 3);
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
    await recordChanges(testDb, 1);
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
  it("publishes rows recorded before envelope 2 as version 1, next to version 2 rows", async () => {
    const bus = new RedisEventBus(redis, { blockMs: 100 });
    const [legacy] = await insertLegacyEvents(testDb, 1);
    const [current] = await recordChanges(testDb, 1);
    await new OutboxRelay({ source, sql: testDb.database.sql, bus, log: silent }).flush();
    const { seen, subscription } = collect(bus, streamOf(source), "projection");
    await until(() => seen.length === 2);
    await (await subscription).stop();
    expect(seen[0]).toMatchObject({ id: legacy, schemaVersion: 1, data: { index: 0 } });
    expect(seen[0]).not.toHaveProperty("aggregateVersion");
    expect(seen[0]).not.toHaveProperty("changedFields");
    expect(seen[1]).toMatchObject({ id: current, schemaVersion: 2, aggregateVersion: 1 });
    await bus.close();
  });

  it("numbers concurrent changes of one aggregate 1, 2, 3… without gaps or repeats", async () => {
    const aggregateId = `team-${randomUUID()}`;
    await Promise.all(Array.from({ length: 8 }, () => recordChanges(testDb, 1, aggregateId)));
    const rows = await testDb.database.sql.query<{ aggregate_version: number }>(
      `SELECT aggregate_version FROM outbox_event WHERE aggregate_id = $1 ORDER BY aggregate_version`,
      [aggregateId],
    );
    expect(rows.map((row) => row.aggregate_version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("refuses an event that carries personal data, and the change with it", async () => {
    await expect(
      testDb.database.sql.transaction(async (tx) => {
        await tx.query(`INSERT INTO effect (event_id, aggregate_id) VALUES ($1, 'client-1')`, [randomUUID()]);
        await recordEvent(tx, {
          type: "client.updated",
          aggregateType: "Client",
          aggregateId: "c1",
          actorId: "p1",
          data: { lastName: "Virtanen" },
        });
      }),
    ).rejects.toThrow(/personal data \(lastName\)/);
    expect(await testDb.database.sql.query(`SELECT 1 FROM effect`)).toHaveLength(0);
  });

  it("refuses data its type's contract refuses, naming the field and rule, before anything is written", async () => {
    const attempt = (type: string, data: Record<string, unknown>) =>
      testDb.database.sql.transaction(async (tx) => {
        await tx.query(`INSERT INTO effect (event_id, aggregate_id) VALUES ($1, 'refused')`, [randomUUID()]);
        await recordEvent(tx, { type, aggregateType: "Team", aggregateId: "refused", actorId: "p1", data });
      });
    await expect(attempt("team.member_added", { ...memberAddedData(0), teamId: "team-1" })).rejects.toThrow(
      /^Event team\.member_added \(data version 1\) refused: data\.teamId: Invalid GUID/,
    );
    await expect(attempt("team.member_added", { ...memberAddedData(0), since: "1.1.2026" })).rejects.toThrow(/data\.since/);
    await expect(attempt("team.member_added", { ...memberAddedData(0), salary: 1 })).rejects.toThrow(
      /data: Unrecognized key: "salary"/,
    );
    await expect(attempt("team.renamed", { teamId: TEAM })).rejects.toThrow(/not a type of the event catalogue/);
    expect(await testDb.database.sql.query(`SELECT 1 FROM effect WHERE aggregate_id = 'refused'`)).toHaveLength(0);
    expect(await testDb.database.sql.query(`SELECT 1 FROM outbox_event WHERE aggregate_id = 'refused'`)).toHaveLength(0);
    expect(await testDb.database.sql.query(`SELECT 1 FROM aggregate_version WHERE aggregate_id = 'refused'`)).toHaveLength(0);
  });

  it("commits changes while Redis is down; their events wait and reach a consumer once it is back", async () => {
    const unreachable = new Redis("redis://127.0.0.1:1", {
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      lazyConnect: true,
    });
    const relayDown = new OutboxRelay({ source, sql: testDb.database.sql, bus: new RedisEventBus(unreachable), log: silent });
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      // The change and its event in one transaction, as a subgraph's store writes them.
      ids.push(
        await testDb.database.sql.transaction(async (tx) => {
          await tx.query(`INSERT INTO effect (event_id, aggregate_id) VALUES ($1, 'change')`, [randomUUID()]);
          return recordEvent(tx, {
            type: "team.created",
            aggregateType: "Team",
            aggregateId: `t-${index}`,
            actorId: "p1",
            data: { teamId: TEAM, kind: "MOTI" },
          });
        }),
      );
      await expect(relayDown.flush()).rejects.toThrow();
    }
    expect(await testDb.database.sql.query(`SELECT 1 FROM effect WHERE aggregate_id = 'change'`)).toHaveLength(3);
    expect(await testDb.database.sql.query(`SELECT 1 FROM outbox_event WHERE published_at IS NULL`)).toHaveLength(3);
    unreachable.disconnect();

    const bus = new RedisEventBus(redis, { blockMs: 100 });
    const relay = new OutboxRelay({ source, sql: testDb.database.sql, bus, log: silent, intervalMs: 20 });
    relay.start();
    const { seen, subscription } = collect(bus, streamOf(source), "late");
    await until(() => seen.length === 3);
    await relay.stop();
    await (await subscription).stop();
    expect(seen.map((event) => event.id)).toEqual(ids);
    expect(await testDb.database.sql.query(`SELECT 1 FROM outbox_event WHERE published_at IS NULL`)).toHaveLength(0);
    await bus.close();
  });

  it("with processOnce, a consumer that crashes before acknowledging and restarts in its group loses nothing and applies nothing twice", async () => {
    const bus = new RedisEventBus(redis, { blockMs: 100, claimIdleMs: 100 });
    const relay = new OutboxRelay({ source, sql: testDb.database.sql, bus, log: silent });
    const group = "effects";
    let crashOnce: string | undefined;
    const apply = async (event: DomainEvent) => {
      await testDb.database.sql.transaction(async (tx) => {
        if (!(await processOnce(tx, group, event))) return;
        await tx.query(`INSERT INTO effect (event_id, aggregate_id) VALUES ($1, $2)`, [event.id, event.aggregateId]);
      });
      // Committed but never acknowledged: the stream offers it again, processOnce must absorb it.
      if (event.id === crashOnce) {
        crashOnce = undefined;
        throw new Error("crashed before XACK");
      }
    };
    const first = await bus.subscribe({ stream: streamOf(source), group, consumer: "c1", handler: apply });
    const batch1 = await recordChanges(testDb, 3);
    crashOnce = batch1[1];
    await relay.flush();
    const applied = async () => (await testDb.database.sql.query(`SELECT event_id FROM effect`)).length;
    await until(() => crashOnce === undefined);
    await first.stop();

    // Down: events pile up. The same events are also published a second time (a relay that crashed
    // between XADD and marking its rows published does that): the stream takes them once.
    const batch2 = await recordChanges(testDb, 4);
    await relay.flush();
    const rows = await testDb.database.sql.query<{ event_id: string }>(
      `SELECT event_id::text FROM outbox_event WHERE event_id = ANY($1::uuid[])`,
      [batch2],
    );
    expect(rows).toHaveLength(4);
    await testDb.database.sql.query(`UPDATE outbox_event SET published_at = NULL WHERE event_id = ANY($1::uuid[])`, [batch2]);
    await relay.flush();

    const second = await bus.subscribe({ stream: streamOf(source), group, consumer: "c1", handler: apply });
    const started = Date.now();
    while ((await applied()) < 7 && Date.now() - started < 8_000) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await second.stop();
    const effects = await testDb.database.sql.query<{ event_id: string }>(
      `SELECT event_id::text AS event_id FROM effect ORDER BY event_id`,
    );
    expect(effects.map((row) => row.event_id).sort()).toEqual([...batch1, ...batch2].sort());
    // 3 + 4 events, the 4 published twice: 7 entries, 7 effects (the crash before XACK is absorbed by processOnce).
    expect(await redis.xlen(streamOf(source))).toBe(7);
    expect(await redis.xpending(streamOf(source), group)).toEqual([0, null, null, null]);
    await bus.close();
  });
});
