import { randomUUID } from "node:crypto";

/** Bumped when the envelope itself changes shape; each event type versions its data separately. */
export const EVENT_ENVELOPE_VERSION = 1;

/** What every Silta event carries, whatever produced it. docs/events.md is the catalogue. */
export interface DomainEvent<Data = Record<string, unknown>> {
  /** Unique per event: consumers deduplicate on it, since delivery is at least once. */
  id: string;
  /** `<aggregate>.<past-tense verb>`, e.g. `team.member_added`. */
  type: string;
  /** The subgraph that produced it. */
  source: string;
  aggregateType: string;
  aggregateId: string;
  occurredAt: string;
  /** Viewer id of whoever caused the change; `system` for jobs. */
  actorId: string;
  schemaVersion: number;
  data: Data;
}

export interface NewEvent<Data = Record<string, unknown>> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  actorId: string;
  data: Data;
}

/**
 * The outbox model every subgraph's Prisma schema declares (`OutboxEvent`, table `outbox_event`);
 * typed structurally so the kernel can write through any subgraph's transaction client.
 */
export interface OutboxWriter {
  outboxEvent: {
    create(args: {
      data: { eventId: string; type: string; aggregateType: string; aggregateId: string; actorId: string; data: object };
    }): Promise<unknown>;
  };
}

/**
 * Writes an event in the caller's transaction, so the change and its event commit or fail together;
 * the relay publishes it afterwards.
 */
export async function recordEvent(tx: OutboxWriter, event: NewEvent): Promise<string> {
  const eventId = randomUUID();
  await tx.outboxEvent.create({
    data: {
      eventId,
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      actorId: event.actorId,
      data: event.data,
    },
  });
  return eventId;
}
