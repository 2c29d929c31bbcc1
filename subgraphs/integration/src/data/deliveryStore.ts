import { randomUUID } from "node:crypto";
import { processOnce, recordEvent, type DomainEvent, type Sql } from "@silta/kernel";

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

const COLUMNS = `d.id::text AS "id", d.subscription_id::text AS "subscriptionId", d.event_id::text AS "eventId",
  d.event_type AS "eventType", d.status::text AS "status", d.attempts, d.last_error AS "lastError",
  d.next_attempt_at AS "nextAttemptAt", d.delivered_at AS "deliveredAt", d.created_at AS "createdAt"`;

/** The consumer group of the webhook deliveries on every stream, and its key in processed_event. */
export const WEBHOOK_GROUP = "integration-webhooks";

/**
 * One event becomes one pending delivery per active subscription of its type, once: the event id
 * is recorded in the same transaction (processOnce), so a redelivered event queues nothing twice.
 */
export function enqueueDeliveries(sql: Sql, event: DomainEvent): Promise<number> {
  return sql.transaction(async (tx) => {
    if (!(await processOnce(tx, WEBHOOK_GROUP, event))) return 0;
    const subscriptions = await tx.query<{ id: string }>(
      `SELECT id::text AS id FROM webhook_subscription WHERE active AND $1 = ANY(event_types)`,
      [event.type],
    );
    for (const { id } of subscriptions)
      await tx.query(
        `INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, payload, next_attempt_at)
         VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::jsonb, now()) ON CONFLICT (subscription_id, event_id) DO NOTHING`,
        [randomUUID(), id, event.id, event.type, JSON.stringify(event)],
      );
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
export function claimNextDeliveries(sql: Sql, limit: number, leaseMs: number): Promise<LeasedDelivery[]> {
  if (limit <= 0) return Promise.resolve([]);
  return sql.transaction(async (tx) => {
    const claimed = await tx.query<{ subscriptionId: string; deliveryId: string }>(
      `SELECT s.id::text AS "subscriptionId", next.id::text AS "deliveryId"
         FROM webhook_subscription s
         CROSS JOIN LATERAL (
           SELECT d.id, d.next_attempt_at FROM webhook_delivery d
            WHERE d.subscription_id = s.id AND d.status = 'PENDING' ORDER BY d.seq LIMIT 1) next
        WHERE next.next_attempt_at <= now() AND (s.leased_until IS NULL OR s.leased_until <= now())
        ORDER BY next.next_attempt_at
        LIMIT $1
        FOR UPDATE OF s SKIP LOCKED`,
      [limit],
    );
    if (claimed.length === 0) return [];
    const leaseToken = randomUUID();
    await tx.query(
      `UPDATE webhook_subscription SET lease_token = $2::uuid, leased_until = now() + ($3::text || ' milliseconds')::interval
        WHERE id = ANY($1::uuid[])`,
      [claimed.map((row) => row.subscriptionId), leaseToken, String(leaseMs)],
    );
    const rows = await tx.query<DueDelivery>(
      `SELECT ${COLUMNS}, s.url, s.secret, d.payload FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
        WHERE d.id = ANY($1::uuid[]) ORDER BY d.next_attempt_at, d.seq`,
      [claimed.map((row) => row.deliveryId)],
    );
    return rows.map((row) => ({ ...row, leaseToken }));
  });
}

/**
 * Records the outcome of an attempt and gives the subscription's lease back, in one statement, if
 * this sender still holds the lease; a sender whose lease ran out and was taken over records
 * nothing (the new holder's attempt counts). Returns whether it was recorded.
 */
async function settle(sql: Sql, delivery: LeasedDelivery, set: string, params: unknown[]): Promise<boolean> {
  const rows = await sql.query(
    `WITH released AS (
       UPDATE webhook_subscription SET lease_token = NULL, leased_until = NULL
        WHERE id = $1::uuid AND lease_token = $2::uuid RETURNING id)
     UPDATE webhook_delivery d SET ${set} FROM released WHERE d.id = $3::uuid AND d.subscription_id = released.id RETURNING d.id`,
    [delivery.subscriptionId, delivery.leaseToken, delivery.id, ...params],
  );
  return rows.length > 0;
}

export function markDelivered(sql: Sql, delivery: LeasedDelivery): Promise<boolean> {
  return settle(sql, delivery, `status = 'DELIVERED', attempts = attempts + 1, delivered_at = now(), next_attempt_at = NULL`, []);
}

/** Records a failed attempt: the next one after `delayMs`, or dead-lettered when `delayMs` is null. */
export function markFailed(sql: Sql, delivery: LeasedDelivery, error: string, delayMs: number | null): Promise<boolean> {
  return settle(
    sql,
    delivery,
    `attempts = attempts + 1, last_error = $4,
       status = CASE WHEN $5::bigint IS NULL THEN 'DEAD'::"WebhookDeliveryStatus" ELSE 'PENDING'::"WebhookDeliveryStatus" END,
       next_attempt_at = CASE WHEN $5::bigint IS NULL THEN NULL ELSE now() + ($5::text || ' milliseconds')::interval END`,
    [error.slice(0, 1_000), delayMs],
  );
}

/** Gives the lease back without counting an attempt (the sender is shutting down): the delivery is due again at once. */
export async function releaseLease(sql: Sql, delivery: LeasedDelivery): Promise<void> {
  await sql.query(
    `UPDATE webhook_subscription SET lease_token = NULL, leased_until = NULL WHERE id = $1::uuid AND lease_token = $2::uuid`,
    [delivery.subscriptionId, delivery.leaseToken],
  );
}

export function deliveriesOf(
  sql: Sql,
  subscriptionId: string,
  status: DeliveryStatus | null,
  first: number,
): Promise<DeliveryRow[]> {
  return sql.query<DeliveryRow>(
    `SELECT ${COLUMNS} FROM webhook_delivery d WHERE d.subscription_id = $1::uuid AND ($2::text IS NULL OR d.status::text = $2)
     ORDER BY d.seq DESC LIMIT $3`,
    [subscriptionId, status, first],
  );
}

/** A delivery of one of `ownerId`'s subscriptions, or null. */
export async function deliveryOf(sql: Sql, ownerId: string, id: string): Promise<DeliveryRow | null> {
  const [row] = await sql.query<DeliveryRow>(
    `SELECT ${COLUMNS} FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
     WHERE d.id = $1::uuid AND s.owner_id = $2`,
    [id, ownerId],
  );
  return row ?? null;
}

/** A dead delivery back to PENDING with its attempts reset, due now; its event records who asked. */
export function replayDelivery(sql: Sql, delivery: DeliveryRow, actorId: string): Promise<DeliveryRow> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<DeliveryRow>(
      `UPDATE webhook_delivery d SET status = 'PENDING', attempts = 0, next_attempt_at = now() WHERE d.id = $1::uuid RETURNING ${COLUMNS}`,
      [delivery.id],
    );
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
