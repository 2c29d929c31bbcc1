import type { DomainEvent } from "./DomainEvent";
import { queryOf, type EventSql } from "./eventSql";

/**
 * The table every consuming subgraph declares for {@link processOnce} (its schema.prisma mirrors it
 * as `ProcessedEvent`): one row per consumer group and event it has applied.
 */
export const PROCESSED_EVENT_TABLE = `CREATE TABLE processed_event (
  consumer TEXT NOT NULL, event_id UUID NOT NULL, type TEXT NOT NULL,
  processed_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(), PRIMARY KEY (consumer, event_id))`;

/**
 * At-least-once delivery made effectively once: records that `consumer` applied `event` and says
 * whether this is the first time. Call it first inside the transaction that applies the event's
 * effect: a redelivery (a restart, a claimed pending entry, a replayed stream) then finds the row
 * and changes nothing, and a failed effect rolls the row back with it, so the event is retried.
 * Concurrent deliveries of one event to two replicas serialise on the primary key.
 */
export async function processOnce(tx: EventSql, consumer: string, event: Pick<DomainEvent, "id" | "type">): Promise<boolean> {
  const inserted = await queryOf(tx)(
    `INSERT INTO processed_event (consumer, event_id, type) VALUES ($1, $2::uuid, $3)
     ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
    [consumer, event.id, event.type],
  );
  return inserted.length > 0;
}
