import { randomUUID } from "node:crypto";
import { join } from "node:path";
import Redis from "ioredis";
import {
  createLogger,
  foundationPolicy,
  openPostgres,
  RedisEventBus,
  streamOf,
  type Database,
  type EventBus,
  type SubgraphService,
  type Viewer,
} from "@silta/kernel";
import {
  createTestDatabase,
  signedViewerHeaders,
  testDatabaseUrl,
  testRedisUrl,
  testViewerKey,
  TEST_IDENTITY_CODE_HASH_KEY,
  type TestDatabase,
} from "@silta/testkit";
import { createIntegrationSubgraph } from "../src";
import { createPrisma } from "../src/data/db";
import { enqueueDeliveries } from "../src/data/deliveryStore";
import { createSubscription } from "../src/data/subscriptionStore";
import { Dispatcher } from "../src/delivery/dispatcher";
import { event, eventIds, prefixedBus, sleep, startReceiver, until, type Receiver } from "./webhookHarness";

const cis: Viewer = { id: "cis-isolation", kind: "system", roles: [], scopes: ["webhooks:manage", "clients:read"] };
const silent = createLogger({ service: "integration", level: "silent" });
const migrations = join(__dirname, "..", "prisma", "migrations");

describe("webhook delivery is isolated per subscription (real PostgreSQL, Redis and HTTP receivers)", () => {
  let testDb: TestDatabase;
  let redis: Redis;
  let bus: EventBus;
  let service: SubgraphService;
  let url: string;
  const receivers: Receiver[] = [];
  const prefix = `test-${randomUUID()}:`;

  const receiver = async () => {
    const started = await startReceiver();
    receivers.push(started);
    return started;
  };
  const subscribe = async (to: Receiver, eventTypes: string[]) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await signedViewerHeaders(cis, "integration")) },
      body: JSON.stringify({
        query: `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }`,
        variables: { input: { url: to.url, eventTypes } },
      }),
    });
    const { data } = (await response.json()) as { data: { createWebhookSubscription: { subscription: { id: string } } } };
    return data.createWebhookSubscription.subscription.id;
  };

  beforeAll(async () => {
    testDb = await createTestDatabase("integration_isolation", migrations);
    redis = new Redis(testRedisUrl);
    bus = prefixedBus(new RedisEventBus(redis, { blockMs: 100 }), prefix);
    service = createIntegrationSubgraph(
      {
        database: testDb.database,
        viewerKey: testViewerKey,
        log: silent,
        accessPolicy: foundationPolicy({ controllerOrganizationIds: new Set() }),
        accessLog: { append: async () => undefined },
        bus,
        settings: { identityCodeHashKey: TEST_IDENTITY_CODE_HASH_KEY, timeZone: "Europe/Helsinki" },
      },
      {
        // The production poll interval: the deliveries below go out because queuing wakes the dispatcher.
        dispatchIntervalMs: 1_000,
        // Longer than the test: the hanging receiver holds its one request until the test ends.
        timeoutMs: 30_000,
        retry: { maxAttempts: 100, baseDelayMs: 200, maxDelayMs: 400 },
        allowInsecureLoopback: true,
      },
    );
    url = await service.start(0);
  });
  afterAll(async () => {
    await service.stop();
    await bus.close();
    const streams = await redis.keys(`${prefix}*`);
    if (streams.length > 0) await redis.del(...streams);
    redis.disconnect();
    await Promise.all(receivers.map((started) => started.close()));
    await testDb.drop();
  });

  it("delivers to a healthy receiver within a second while another receiver hangs and a third fails", async () => {
    const ok = await receiver();
    const hanging = await receiver();
    hanging.respond.with = () => "hang";
    const failing = await receiver();
    failing.respond.with = () => 503;
    for (const each of [ok, hanging, failing]) await subscribe(each, ["client.updated"]);

    const publishedAt = new Map<string, number>();
    const updates = Array.from({ length: 6 }, (_, i) => event("client.updated", "clients", { revision: i }));
    for (const update of updates) {
      publishedAt.set(update.id, Date.now());
      await bus.publish(streamOf("clients"), [update]);
      await sleep(500);
    }
    await until(() => ok.received.length >= updates.length);

    const latencies = ok.received.map((post) => post.at - publishedAt.get(JSON.parse(post.body).id)!).sort((a, b) => a - b);
    expect(latencies[Math.floor(latencies.length / 2)]).toBeLessThan(1_000);
    expect(latencies.at(-1)).toBeLessThan(2_000);
    expect(eventIds(ok.received)).toEqual(updates.map((update) => update.id));
    // The hanging receiver still has its first delivery open: nothing else was sent to it.
    expect(hanging.received.length).toBe(1);
    expect(hanging.maxOpen()).toBe(1);
    // Its retries kept their own pace (200 ms, then 400 ms apart) meanwhile: nothing waited for the hanging one.
    expect(failing.received.length).toBeGreaterThanOrEqual(3);
    expect(new Set(eventIds(failing.received))).toEqual(new Set([updates[0]!.id]));
  });

  it("sends one subscription's deliveries in queue order, the next only after the one before is delivered", async () => {
    const flaky = await receiver();
    let answered = 0;
    flaky.respond.with = () => (++answered <= 2 ? 500 : 200);
    flaky.respond.delayMs = 50;
    await subscribe(flaky, ["concern.raised"]);
    const raised = Array.from({ length: 4 }, () => event("concern.raised", "clients", { concernId: randomUUID() }));
    await bus.publish(streamOf("clients"), raised);
    await until(() => flaky.received.length >= raised.length + 2);
    await sleep(300);
    const [first, ...rest] = raised.map((each) => each.id);
    expect(eventIds(flaky.received)).toEqual([first, first, first, ...rest]);
    expect(flaky.maxOpen()).toBe(1);
  });
});

describe("webhook dispatchers of several replicas on one database", () => {
  let testDb: TestDatabase;
  let second: Database;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase("integration_replicas", migrations);
    second = await openPostgres({ url: testDatabaseUrl(), schema: testDb.database.schema, poolSize: 4 });
  });
  afterAll(async () => {
    await Promise.all(receivers.map((started) => started.close()));
    await second.close();
    await testDb.drop();
  });

  it("send each delivery once, one at a time per subscription and in order, however their claims interleave", async () => {
    // Each replica with its own client over its own pool, as two containers would be.
    const prisma = createPrisma(testDb.database);
    const secondPrisma = createPrisma(second);
    for (let i = 0; i < 3; i += 1) {
      const started = await startReceiver();
      started.respond.delayMs = 40;
      receivers.push(started);
      await createSubscription(prisma, {
        id: randomUUID(),
        ownerId: cis.id,
        url: started.url,
        eventTypes: ["client.updated"],
        secret: "s3cret",
      });
    }
    const updates = Array.from({ length: 8 }, () => event("client.updated", "clients"));
    for (const update of updates) await enqueueDeliveries(prisma, update);

    const options = { log: silent, retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 50 }, intervalMs: 10, timeoutMs: 2_000 };
    const replicas = [new Dispatcher({ ...options, prisma }), new Dispatcher({ ...options, prisma: secondPrisma })];
    replicas.forEach((replica) => replica.start());
    try {
      await until(() => receivers.every((started) => started.received.length >= updates.length));
      await sleep(300);
    } finally {
      await Promise.all(replicas.map((replica) => replica.stop()));
      await Promise.all([prisma.$disconnect(), secondPrisma.$disconnect()]);
    }
    for (const started of receivers) {
      expect(eventIds(started.received)).toEqual(updates.map((update) => update.id));
      expect(started.maxOpen()).toBe(1);
    }
  });
});
