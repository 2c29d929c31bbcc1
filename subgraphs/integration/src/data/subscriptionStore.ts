import { recordEvent, type Sql } from "@silta/kernel";

export interface SubscriptionRow {
  id: string;
  ownerId: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  createdAt: Date;
}

const COLUMNS = `id::text AS "id", owner_id AS "ownerId", url, event_types AS "eventTypes", active, created_at AS "createdAt"`;

/** Registers a subscription and its event (no secret in it), in one transaction. */
export function createSubscription(
  sql: Sql,
  input: { id: string; ownerId: string; url: string; eventTypes: string[]; secret: string },
): Promise<SubscriptionRow> {
  return sql.transaction(async (tx) => {
    const [row] = await tx.query<SubscriptionRow>(
      `INSERT INTO webhook_subscription (id, owner_id, url, event_types, secret) VALUES ($1::uuid, $2, $3, $4::text[], $5)
       RETURNING ${COLUMNS}`,
      [input.id, input.ownerId, input.url, input.eventTypes, input.secret],
    );
    await recordEvent(tx, {
      type: "webhook_subscription.created",
      aggregateType: "WebhookSubscription",
      aggregateId: input.id,
      actorId: input.ownerId,
      data: { subscriptionId: input.id, eventTypes: input.eventTypes },
      changedFields: ["url", "eventTypes", "secret"],
    });
    return row!;
  });
}

export function subscriptionsOf(sql: Sql, ownerId: string): Promise<SubscriptionRow[]> {
  return sql.query<SubscriptionRow>(
    `SELECT ${COLUMNS} FROM webhook_subscription WHERE owner_id = $1 ORDER BY created_at DESC, id`,
    [ownerId],
  );
}

export async function subscriptionOf(sql: Sql, ownerId: string, id: string): Promise<SubscriptionRow | null> {
  const [row] = await sql.query<SubscriptionRow>(
    `SELECT ${COLUMNS} FROM webhook_subscription WHERE owner_id = $1 AND id = $2::uuid`,
    [ownerId, id],
  );
  return row ?? null;
}

/** Stops new deliveries; the same call again changes nothing. */
export function deactivateSubscription(sql: Sql, subscription: SubscriptionRow): Promise<SubscriptionRow> {
  return sql.transaction(async (tx) => {
    if (!subscription.active) return subscription;
    const [row] = await tx.query<SubscriptionRow>(
      `UPDATE webhook_subscription SET active = false WHERE id = $1::uuid RETURNING ${COLUMNS}`,
      [subscription.id],
    );
    await recordEvent(tx, {
      type: "webhook_subscription.deactivated",
      aggregateType: "WebhookSubscription",
      aggregateId: subscription.id,
      actorId: subscription.ownerId,
      data: { subscriptionId: subscription.id, active: false },
      changedFields: ["active"],
    });
    return row!;
  });
}
