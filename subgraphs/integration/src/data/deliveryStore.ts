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

/**
 * Takes up to `limit` due deliveries and leases them for `leaseMs` (their next attempt is pushed
 * back), so replicas never send one twice at once and a crashed sender's deliveries come due again.
 */
export function leaseDueDeliveries(sql: Sql, limit: number, leaseMs: number): Promise<DueDelivery[]> {
  return sql.query<DueDelivery>(
    `WITH due AS (
       SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= now()
       ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
     UPDATE webhook_delivery d SET next_attempt_at = now() + ($2::text || ' milliseconds')::interval
       FROM due, webhook_subscription s WHERE d.id = due.id AND s.id = d.subscription_id
     RETURNING ${COLUMNS}, s.url, s.secret, d.payload`,
    [limit, String(leaseMs)],
  );
}

export async function markDelivered(sql: Sql, id: string): Promise<void> {
  await sql.query(
    `UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = now(), next_attempt_at = NULL WHERE id = $1::uuid`,
    [id],
  );
}

/** Records a failed attempt: the next one after `delayMs`, or dead-lettered when `delayMs` is null. */
export async function markFailed(sql: Sql, id: string, error: string, delayMs: number | null): Promise<void> {
  await sql.query(
    `UPDATE webhook_delivery SET attempts = attempts + 1, last_error = $2,
       status = CASE WHEN $3::bigint IS NULL THEN 'DEAD'::"WebhookDeliveryStatus" ELSE 'PENDING'::"WebhookDeliveryStatus" END,
       next_attempt_at = CASE WHEN $3::bigint IS NULL THEN NULL ELSE now() + ($3::text || ' milliseconds')::interval END
     WHERE id = $1::uuid`,
    [id, error.slice(0, 1_000), delayMs],
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
     ORDER BY d.created_at DESC, d.id LIMIT $3`,
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
