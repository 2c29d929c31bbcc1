import { recordEvent, type NewEvent, type OutboxWriter, type Sql } from "@silta/kernel";

/** The kernel's recordEvent over a raw SQL transaction (the fit stores write with `Sql`, not Prisma). */
export function outboxOf(tx: Sql): OutboxWriter {
  return {
    outboxEvent: {
      create: async ({ data }) =>
        tx.query(
          `INSERT INTO outbox_event (event_id, type, aggregate_type, aggregate_id, actor_id, data) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
          [data.eventId, data.type, data.aggregateType, data.aggregateId, data.actorId, JSON.stringify(data.data)],
        ),
    },
  };
}

export function recordFitEvent(tx: Sql, event: NewEvent): Promise<string> {
  return recordEvent(outboxOf(tx), event);
}
