import { randomUUID } from "node:crypto";
import { processOnce, recordEvent, type DomainEvent } from "@silta/kernel";
import { Prisma } from "./prisma/client";
import type { PrismaClient } from "./db";

export type DeliveryStatus = "PENDING" | "DELIVERED" | "DEAD";

export interface DeliveryRow {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

/** A delivery due now, with what it takes to send it. */
export interface DueDelivery extends DeliveryRow {
  url: string;
  secret: string;
  payload: unknown;
}

const COLUMNS = Prisma.sql`d.id::text AS "id", d.subscription_id::text AS "subscriptionId", d.event_id::text AS "eventId",
  d.event_type AS "eventType", d.status::text AS "status", d.attempts, d.last_error AS "lastError",
  d.next_attempt_at AS "nextAttemptAt", d.delivered_at AS "deliveredAt", d.created_at AS "createdAt"`;

/** The consumer group of the webhook deliveries on every stream, and its key in processed_event. */
export const WEBHOOK_GROUP = "integration-webhooks";

/**
 * One event becomes one pending delivery per active subscription of its type, once: the event id
 * is recorded in the same transaction (processOnce), so a redelivered event queues nothing twice.
 */
export function enqueueDeliveries(prisma: PrismaClient, event: DomainEvent): Promise<number> {
  return prisma.$transaction(async (tx) => {
    if (!(await processOnce(tx, WEBHOOK_GROUP, event))) return 0;
    const subscriptions = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM webhook_subscription WHERE active AND ${event.type} = ANY(event_types)`;
    for (const { id } of subscriptions)
      await tx.$executeRaw`
        INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, payload, next_attempt_at)
        VALUES (${randomUUID()}::uuid, ${id}::uuid, ${event.id}::uuid, ${event.type}, ${JSON.stringify(event)}::jsonb, now())
        ON CONFLICT (subscription_id, event_id) DO NOTHING`;
    return subscriptions.length;
  });
}

/** A subscription's next delivery, leased to this sender: `leaseToken` proves it still holds it. */
export interface LeasedDelivery extends DueDelivery {
  leaseToken: string;
}

/**
 * Claims up to `limit` subscriptions whose next delivery is due, and leases each for `leaseMs`.
 * Each subscription is a queue: its next delivery is its oldest pending one (by `seq`), and only
 * when that one is due (not waiting for a retry) and no sender holds the subscription's lease. So
 * one delivery per subscription is in flight at a time, in queue order, and a receiver that hangs
 * or fails holds up only its own queue. `FOR UPDATE SKIP LOCKED` on the subscription row means
 * replicas claiming at the same moment take different subscriptions; the lease (not the lock) is
 * what keeps the others away while the request runs, and a crashed sender's lease runs out.
 */
export function claimNextDeliveries(prisma: PrismaClient, limit: number, leaseMs: number): Promise<LeasedDelivery[]> {
  if (limit <= 0) return Promise.resolve([]);
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ subscriptionId: string; deliveryId: string }[]>`
      SELECT s.id::text AS "subscriptionId", next.id::text AS "deliveryId"
         FROM webhook_subscription s
         CROSS JOIN LATERAL (
           SELECT d.id, d.next_attempt_at FROM webhook_delivery d
            WHERE d.subscription_id = s.id AND d.status = 'PENDING' ORDER BY d.seq LIMIT 1) next
        WHERE next.next_attempt_at <= now() AND (s.leased_until IS NULL OR s.leased_until <= now())
        ORDER BY next.next_attempt_at
        LIMIT ${limit}::int
        FOR UPDATE OF s SKIP LOCKED`;
    if (claimed.length === 0) return [];
    const leaseToken = randomUUID();
    await tx.$executeRaw`
      UPDATE webhook_subscription SET lease_token = ${leaseToken}::uuid, leased_until = now() + (${String(leaseMs)}::text || ' milliseconds')::interval
        WHERE id = ANY(${claimed.map((row) => row.subscriptionId)}::uuid[])`;
    const rows = await tx.$queryRaw<DueDelivery[]>`
      SELECT ${COLUMNS}, s.url, s.secret, d.payload FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
        WHERE d.id = ANY(${claimed.map((row) => row.deliveryId)}::uuid[]) ORDER BY d.next_attempt_at, d.seq`;
    return rows.map((row) => ({ ...row, leaseToken }));
  });
}

/**
 * Records the outcome of an attempt and gives the subscription's lease back, in one statement, if
 * this sender still holds the lease; a sender whose lease ran out and was taken over records
 * nothing (the new holder's attempt counts). Returns whether it was recorded.
 */
async function settle(prisma: PrismaClient, delivery: LeasedDelivery, set: Prisma.Sql): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    WITH released AS (
       UPDATE webhook_subscription SET lease_token = NULL, leased_until = NULL
        WHERE id = ${delivery.subscriptionId}::uuid AND lease_token = ${delivery.leaseToken}::uuid RETURNING id)
     UPDATE webhook_delivery d SET ${set} FROM released WHERE d.id = ${delivery.id}::uuid AND d.subscription_id = released.id RETURNING d.id::text AS id`;
  return rows.length > 0;
}

export function markDelivered(prisma: PrismaClient, delivery: LeasedDelivery): Promise<boolean> {
  return settle(
    prisma,
    delivery,
    Prisma.sql`status = 'DELIVERED', attempts = attempts + 1, delivered_at = now(), next_attempt_at = NULL`,
  );
}

/** Records a failed attempt: the next one after `delayMs`, or dead-lettered when `delayMs` is null. */
export function markFailed(
  prisma: PrismaClient,
  delivery: LeasedDelivery,
  error: string,
  delayMs: number | null,
): Promise<boolean> {
  return settle(
    prisma,
    delivery,
    Prisma.sql`attempts = attempts + 1, last_error = ${error.slice(0, 1_000)},
       status = CASE WHEN ${delayMs}::bigint IS NULL THEN 'DEAD'::"WebhookDeliveryStatus" ELSE 'PENDING'::"WebhookDeliveryStatus" END,
       next_attempt_at = CASE WHEN ${delayMs}::bigint IS NULL THEN NULL ELSE now() + (${delayMs}::text || ' milliseconds')::interval END`,
  );
}

/** Gives the lease back without counting an attempt (the sender is shutting down): the delivery is due again at once. */
export async function releaseLease(prisma: PrismaClient, delivery: LeasedDelivery): Promise<void> {
  await prisma.$executeRaw`
    UPDATE webhook_subscription SET lease_token = NULL, leased_until = NULL
     WHERE id = ${delivery.subscriptionId}::uuid AND lease_token = ${delivery.leaseToken}::uuid`;
}

export function deliveriesOf(
  prisma: PrismaClient,
  subscriptionId: string,
  status: DeliveryStatus | null,
  first: number,
): Promise<DeliveryRow[]> {
  return prisma.$queryRaw<DeliveryRow[]>`
    SELECT ${COLUMNS} FROM webhook_delivery d
     WHERE d.subscription_id = ${subscriptionId}::uuid AND (${status}::text IS NULL OR d.status::text = ${status}::text)
     ORDER BY d.seq DESC LIMIT ${first}::int`;
}

/** A delivery of one of `ownerId`'s subscriptions, or null. */
export async function deliveryOf(prisma: PrismaClient, ownerId: string, id: string): Promise<DeliveryRow | null> {
  const [row] = await prisma.$queryRaw<DeliveryRow[]>`
    SELECT ${COLUMNS} FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
     WHERE d.id = ${id}::uuid AND s.owner_id = ${ownerId}`;
  return row ?? null;
}

/** A dead delivery back to PENDING with its attempts reset, due now; its event records who asked. */
export function replayDelivery(prisma: PrismaClient, delivery: DeliveryRow, actorId: string): Promise<DeliveryRow> {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<DeliveryRow[]>`
      UPDATE webhook_delivery d SET status = 'PENDING', attempts = 0, next_attempt_at = now() WHERE d.id = ${delivery.id}::uuid
      RETURNING ${COLUMNS}`;
    await recordEvent(tx, {
      type: "webhook_delivery.replayed",
      aggregateType: "WebhookDelivery",
      aggregateId: delivery.id,
      actorId,
      data: { deliveryId: delivery.id, subscriptionId: delivery.subscriptionId, eventId: delivery.eventId },
      changedFields: ["status", "attempts", "nextAttemptAt"],
    });
    return row!;
  });
}
