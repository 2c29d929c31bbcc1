import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { createLogger } from "@silta/kernel";
import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { enqueueDeliveries } from "../src/data/deliveryStore";
import { createSubscription } from "../src/data/subscriptionStore";
import { Dispatcher } from "../src/delivery/dispatcher";
import { event, sleep, startReceiver, until, type Receiver } from "./webhookHarness";

const silent = createLogger({ service: "integration", level: "silent" });
const migrations = join(__dirname, "..", "prisma", "migrations");
const options = { log: silent, retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 50 }, intervalMs: 10, timeoutMs: 2_000 };

/**
 * A replica stopped in a rolling restart (SIGTERM) while a delivery is in flight: the delivery its
 * receiver has taken must not be sent again by the replica that runs next, and a receiver that does
 * not answer must not hold the stop past the drain.
 */
describe("a webhook dispatcher stopping with a delivery in flight", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  let receiver: Receiver;

  beforeEach(async () => {
    testDb = await createTestDatabase("integration_dispatcher_stop", migrations);
    prisma = createPrisma(testDb.database);
    receiver = await startReceiver();
    await createSubscription(prisma, {
      id: randomUUID(),
      ownerId: "cis-stop",
      url: receiver.url,
      eventTypes: ["client.updated"],
      secret: "s3cret",
    });
    await enqueueDeliveries(prisma, event("client.updated", "clients"));
  });

  afterEach(async () => {
    await receiver.close();
    await prisma.$disconnect();
    await testDb.drop();
  });

  const delivery = async () => {
    const rows = await testDb.database.sql.query<{ status: string; attempts: number }>(
      `SELECT status::text AS status, attempts FROM webhook_delivery`,
    );
    return rows;
  };

  it("lets it end, records it delivered, and the next replica does not send it again", async () => {
    receiver.respond.delayMs = 400;
    const stopping = new Dispatcher({ ...options, prisma });
    stopping.start();
    await until(() => receiver.received.length === 1);
    const started = Date.now();
    await stopping.stop();
    // The stop waited for the receiver's answer, which came 400 ms after it took the delivery.
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await expect(delivery()).resolves.toEqual([{ status: "DELIVERED", attempts: 1 }]);

    const next = new Dispatcher({ ...options, prisma });
    next.start();
    await sleep(300);
    await next.stop();
    expect(receiver.received).toHaveLength(1);
  });

  it("aborts a request still open when the drain ends, and gives the delivery back uncounted", async () => {
    receiver.respond.with = () => "hang";
    const stopping = new Dispatcher({ ...options, prisma, drainMs: 200 });
    stopping.start();
    await until(() => receiver.received.length === 1);
    const started = Date.now();
    await stopping.stop();
    expect(Date.now() - started).toBeLessThan(options.timeoutMs);
    await expect(delivery()).resolves.toEqual([{ status: "PENDING", attempts: 0 }]);

    // Due again at once for the next replica, which sends it (the receiver now answers).
    receiver.respond.with = () => 200;
    const next = new Dispatcher({ ...options, prisma });
    next.start();
    await until(async () => (await delivery())[0]?.status === "DELIVERED");
    await next.stop();
    expect(receiver.received).toHaveLength(2);
  });

  it("bounds the drain at 5 s unless told otherwise, however long the webhook timeout", async () => {
    receiver.respond.with = () => "hang";
    // A receiver given 30 s to answer must not hold a stopping replica for as long.
    const stopping = new Dispatcher({ ...options, prisma, timeoutMs: 30_000 });
    stopping.start();
    await until(() => receiver.received.length === 1);
    const started = Date.now();
    await stopping.stop();
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(4_500);
    expect(took).toBeLessThan(15_000);
    await expect(delivery()).resolves.toEqual([{ status: "PENDING", attempts: 0 }]);
  }, 30_000);
});
