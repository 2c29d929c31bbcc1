import { randomUUID } from "node:crypto";
import { checkEventData } from "@silta/events";
import { queryOf, type EventSql } from "./eventSql";

/**
 * Bumped when the envelope itself changes shape; each event type versions its data separately.
 * 1: id, type, source, aggregate, occurredAt, actorId, data.
 * 2: adds `aggregateVersion` and `changedFields`. Rows recorded before version 2 (still waiting in
 * an outbox when the code was upgraded) are published as version 1, without the two fields.
 */
export const EVENT_ENVELOPE_VERSION = 2;

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
  /**
   * Envelope 2: the aggregate's version after this change, 1, 2, 3… per (aggregateType, aggregateId)
   * in commit order, so a consumer can tell an old redelivery from a newer change. Absent in version 1.
   */
  aggregateVersion?: number;
  /**
   * Envelope 2: the names of the fields this change set (all the set fields for a creation). The new
   * values are in `data` where they are not personal data; a changed name or address is named here
   * and never carried. Absent in version 1: see {@link changedFieldsOf}.
   */
  changedFields?: string[];
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
  /** The fields the change set; defaults to the keys of `data` (right for creations and for events whose data is the change). */
  changedFields?: readonly string[];
}

/**
 * Fields that name or locate a person or hold free text about one. No event may carry them
 * (docs/events.md): events go to every consumer, to webhooks and to the data lake. Their *names*
 * may appear in `changedFields`.
 */
export const PERSONAL_DATA_FIELDS: ReadonlySet<string> = new Set([
  "firstName",
  "lastName",
  "name",
  "callingName",
  "identityCode",
  "temporaryIdentifier",
  "birthDate",
  "dateOfBirth",
  "address",
  "streetAddress",
  "postalCode",
  "city",
  "phone",
  "email",
  "notes",
  "note",
  "description",
  "freeText",
  "comment",
]);

/** The changed fields of any envelope version: version 1 events had none, so the keys of their data stand in. */
export function changedFieldsOf(event: DomainEvent): string[] {
  return event.changedFields ?? Object.keys(event.data ?? {});
}

/**
 * Writes an event in the caller's transaction, so the change and its event commit or fail together;
 * the relay publishes it afterwards. The aggregate's version comes from `aggregate_version`,
 * whose row the upsert locks until commit, so concurrent changes of one aggregate get 1, 2, 3… in
 * commit order. `tx` is a kernel `Sql` transaction or a Prisma transaction client. The data must
 * match its type's contract in `@silta/events` (`EventContractError` otherwise).
 */
export async function recordEvent(tx: EventSql, event: NewEvent): Promise<string> {
  const carried = Object.keys(event.data ?? {}).filter((field) => PERSONAL_DATA_FIELDS.has(field));
  if (carried.length > 0) throw new Error(`Event ${event.type} must not carry personal data (${carried.join(", ")}).`);
  // Before anything is written: a payload its contract refuses fails the change's transaction.
  checkEventData(event.type, event.data);
  const query = queryOf(tx);
  const eventId = randomUUID();
  const [counter] = await query<{ version: number }>(
    `INSERT INTO aggregate_version (aggregate_type, aggregate_id, version) VALUES ($1, $2, 1)
     ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET version = aggregate_version.version + 1
     RETURNING version`,
    [event.aggregateType, event.aggregateId],
  );
  await query(
    `INSERT INTO outbox_event (event_id, type, aggregate_type, aggregate_id, actor_id, data, aggregate_version, changed_fields)
     VALUES ($1::uuid, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb)`,
    [
      eventId,
      event.type,
      event.aggregateType,
      event.aggregateId,
      event.actorId,
      JSON.stringify(event.data ?? {}),
      Number(counter!.version),
      JSON.stringify([...(event.changedFields ?? Object.keys(event.data ?? {}))]),
    ],
  );
  return eventId;
}
