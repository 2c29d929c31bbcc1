import { randomUUID } from "node:crypto";
import { join } from "node:path";
import Redis from "ioredis";
import {
  createLogger,
  foundationPolicy,
  OutboxRelay,
  recordEvent,
  RedisEventBus,
  streamOf,
  type DomainEvent,
  type EventBus,
  type SubgraphService,
  type Viewer,
} from "@silta/kernel";
import {
  createTestDatabase,
  signedViewerHeaders,
  testRedisUrl,
  testViewerKey,
  TEST_IDENTITY_CODE_HASH_KEY,
  type TestDatabase,
} from "@silta/testkit";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { createIntegrationSubgraph } from "../src";
import { legacyHeaders, newSecret } from "../src/domain/signature";
import { event, prefixedBus, startReceiver, until, type Receiver } from "./webhookHarness";

/** The receiver shown in the README: verify with the library, then de-duplicate on webhook-id. */
function receiverOf(secret: string) {
  const webhook = new Webhook(secret);
  const seen = new Set<string>();
  return (headers: Record<string, string>, body: string) => {
    const event = webhook.verify(body, headers); // throws on a bad signature or a timestamp more than 5 minutes off
    if (seen.has(headers["webhook-id"]!)) return { outcome: "duplicate" }; // a retry, or a re-posted capture
    seen.add(headers["webhook-id"]!);
    return { outcome: "processed", event };
  };
}

const cis: Viewer = { id: "cis-1", kind: "system", roles: [], scopes: ["webhooks:manage", "clients:read"] };
const MAX_ATTEMPTS = 3;

describe("webhooks of the integration subgraph (real PostgreSQL and Redis)", () => {
  let testDb: TestDatabase;
  let redis: Redis;
  let bus: EventBus;
  let service: SubgraphService;
  let url: string;
  let receiver: Receiver;
  const prefix = `test-${randomUUID()}:`;

  const gql = async <Data>(query: string, variables: Record<string, unknown> = {}, viewer: Viewer = cis) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await signedViewerHeaders(viewer, "integration")) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Data; errors?: { extensions?: Record<string, unknown> }[] };
  };
  const subscribe = async (eventTypes: string[], viewer: Viewer = cis) =>
    gql<{ createWebhookSubscription: { subscription: { id: string }; secret: string } }>(
      `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } secret } }`,
      { input: { url: receiver.url, eventTypes } },
      viewer,
    );
  const deliveries = async (subscriptionId: string) =>
    (
      await gql<{
        webhookSubscription: {
          deliveries: { id: string; eventId: string; status: string; attempts: number; lastError: string | null }[];
        };
      }>(`query ($id: ID!) { webhookSubscription(id: $id) { deliveries { id eventId status attempts lastError } } }`, {
        id: subscriptionId,
      })
    ).data!.webhookSubscription.deliveries;

  beforeAll(async () => {
    testDb = await createTestDatabase("integration", join(__dirname, "..", "prisma", "migrations"));
    redis = new Redis(testRedisUrl);
    bus = prefixedBus(new RedisEventBus(redis, { blockMs: 100 }), prefix);
    receiver = await startReceiver();
    service = createIntegrationSubgraph(
      {
        database: testDb.database,
        viewerKey: testViewerKey,
        log: createLogger({ service: "integration", level: "silent" }),
        accessPolicy: foundationPolicy({ controllerOrganizationIds: new Set() }),
        accessLog: { append: async () => undefined },
        bus,
        settings: { identityCodeHashKey: TEST_IDENTITY_CODE_HASH_KEY, timeZone: "Europe/Helsinki" },
      },
      {
        retry: { maxAttempts: MAX_ATTEMPTS, baseDelayMs: 50, maxDelayMs: 200 },
        dispatchIntervalMs: 25,
        timeoutMs: 2_000,
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
    await receiver.close();
    await testDb.drop();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.respond.with = () => 200;
  });

  it("posts a subscribed event in the Standard Webhooks format, which the standardwebhooks library verifies, and not the types it did not subscribe to", async () => {
    const { data } = await subscribe(["client.updated"]);
    const { subscription, secret } = data!.createWebhookSubscription;
    expect(secret.length).toBeGreaterThanOrEqual(40);
    const wanted = event("client.updated", "clients", { hasNonDisclosureOrder: true });
    await bus.publish(streamOf("clients"), [event("client.created", "clients"), wanted]);
    await bus.publish(streamOf("teams"), [event("team.member_added", "teams")]);
    await until(async () => (await deliveries(subscription.id)).some((d) => d.status === "DELIVERED"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(1);
    const [post] = receiver.received;
    expect(JSON.parse(post!.body)).toEqual(wanted);
    // The receiver of the README ("Verifying a delivery"), with the standardwebhooks library.
    const receive = receiverOf(secret);
    const headers = post!.headers as Record<string, string>;
    expect(headers["webhook-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(receive(headers, post!.body)).toEqual({ outcome: "processed", event: wanted });
    expect(receive(headers, post!.body)).toEqual({ outcome: "duplicate" });
    expect(() => receive(headers, post!.body.replace("true", "false"))).toThrow(WebhookVerificationError);
    expect(() => receiverOf(newSecret())(headers, post!.body)).toThrow(WebhookVerificationError);
    // The headers of the format before, still sent for this version, verify as they did.
    expect(headers["silta-event-id"]).toBe(wanted.id);
    expect(headers["silta-webhook-signature"]).toBe(
      legacyHeaders(
        secret,
        { id: headers["webhook-id"]!, eventId: wanted.id, eventType: wanted.type },
        Number(headers["silta-webhook-timestamp"]),
        post!.body,
      )["silta-webhook-signature"],
    );
    // Nobody else sees the subscription: another system's query lists nothing.
    const other = await gql<{ webhookSubscriptions: unknown[] }>(`{ webhookSubscriptions { id } }`, {}, { ...cis, id: "cis-2" });
    expect(other.data!.webhookSubscriptions).toEqual([]);
  });

  it("restricts event types by scopes and webhooks to system clients", async () => {
    const noTeams = await subscribe(["team.member_added"]);
    expect(noTeams.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.eventTypes", rule: "scope" });
    const unknown = await subscribe(["client.deleted"]);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "known_type" });
    const person = await subscribe(["client.updated"], {
      id: "p1",
      kind: "professional",
      organizationId: "o",
      roles: ["manager"],
      scopes: [],
    });
    expect(person.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    const types = await gql<{ webhookEventTypes: string[] }>(`{ webhookEventTypes }`);
    expect(types.data!.webhookEventTypes).toContain("client.updated");
    expect(types.data!.webhookEventTypes).not.toContain("team.member_added");
  });

  it("tries a failing receiver again with back-off, and delivers once it answers", async () => {
    const { data } = await subscribe(["concern.raised"]);
    const { subscription } = data!.createWebhookSubscription;
    receiver.respond.with = () => 503;
    const raised = event("concern.raised", "clients", { concernId: randomUUID() });
    await bus.publish(streamOf("clients"), [raised]);
    await until(() => receiver.received.length >= 2);
    receiver.respond.with = () => 204;
    await until(async () => (await deliveries(subscription.id))[0]?.status === "DELIVERED");
    const [delivery] = await deliveries(subscription.id);
    expect(delivery).toMatchObject({ eventId: raised.id, status: "DELIVERED", attempts: 3, lastError: "HTTP 503" });
    expect(receiver.received.map((post) => JSON.parse(post.body).id)).toEqual([raised.id, raised.id, raised.id]);
    // Every retry carries the delivery's id as webhook-id: the receiver's de-duplication key.
    expect(new Set(receiver.received.map((post) => post.headers["webhook-id"]))).toEqual(new Set([delivery!.id]));
  });

  it("dead-letters after the configured attempts, shows it in the query, and replays it", async () => {
    const { data } = await subscribe(["consent.recorded"], { ...cis, scopes: [...cis.scopes, "consents:read"] });
    const { subscription } = data!.createWebhookSubscription;
    receiver.respond.with = () => 500;
    await bus.publish(streamOf("consents"), [event("consent.recorded", "consents", { consentId: randomUUID() })]);
    await until(async () => (await deliveries(subscription.id))[0]?.status === "DEAD");
    const [dead] = await deliveries(subscription.id);
    expect(dead).toMatchObject({ status: "DEAD", attempts: MAX_ATTEMPTS, lastError: "HTTP 500" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);

    receiver.respond.with = () => 200;
    const replayed = await gql<{ replayWebhookDelivery: { status: string; attempts: number } }>(
      `mutation ($id: ID!) { replayWebhookDelivery(id: $id) { status attempts } }`,
      { id: dead!.id },
    );
    expect(replayed.data!.replayWebhookDelivery).toEqual({ status: "PENDING", attempts: 0 });
    await until(async () => (await deliveries(subscription.id))[0]?.status === "DELIVERED");
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS + 1);
    const again = await gql(`mutation ($id: ID!) { replayWebhookDelivery(id: $id) { status } }`, { id: dead!.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "dead_lettered" });
  });

  it("queues an event redelivered by the stream only once", async () => {
    const { data } = await subscribe(["client.relationship_started"]);
    const { subscription } = data!.createWebhookSubscription;
    const started = event("client.relationship_started", "clients");
    await bus.publish(streamOf("clients"), [started, started]);
    await until(async () => (await deliveries(subscription.id))[0]?.status === "DELIVERED");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await deliveries(subscription.id)).toHaveLength(1);
    expect(receiver.received).toHaveLength(1);
  });
  it("delivers a change committed while Redis was down, once the producer's relay reaches Redis again", async () => {
    const { data } = await subscribe(["client.updated"]);
    const { subscription } = data!.createWebhookSubscription;
    // A producing subgraph's database: any with the kernel's outbox tables will do.
    const producer = await createTestDatabase("producer", join(__dirname, "..", "prisma", "migrations"));
    const log = createLogger({ service: "producer", level: "silent" });
    try {
      const clientId = randomUUID();
      await producer.database.sql.transaction((tx) =>
        recordEvent(tx, {
          type: "client.updated",
          aggregateType: "Client",
          aggregateId: clientId,
          actorId: "p1",
          data: { clientId, hasNonDisclosureOrder: false },
          changedFields: ["language"],
        }),
      );
      const unreachable = new Redis("redis://127.0.0.1:1", {
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
        lazyConnect: true,
      });
      const down = new OutboxRelay({
        source: "clients",
        sql: producer.database.sql,
        bus: prefixedBus(new RedisEventBus(unreachable), prefix),
        log,
      });
      await expect(down.flush()).rejects.toThrow();
      unreachable.disconnect();
      expect(await producer.database.sql.query(`SELECT 1 FROM outbox_event WHERE published_at IS NULL`)).toHaveLength(1);
      expect(await deliveries(subscription.id)).toHaveLength(0);

      expect(await new OutboxRelay({ source: "clients", sql: producer.database.sql, bus, log }).flush()).toBe(1);
      await until(async () => (await deliveries(subscription.id))[0]?.status === "DELIVERED");
      const posted = JSON.parse(receiver.received.at(-1)!.body) as DomainEvent;
      expect(posted).toMatchObject({
        type: "client.updated",
        aggregateId: clientId,
        aggregateVersion: 1,
        changedFields: ["language"],
        schemaVersion: 2,
      });
    } finally {
      await producer.drop();
    }
  });
});
