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
  checkNewEvent(event);
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
      JSON.stringify(changedFieldsOfNew(event)),
    ],
  );
  return eventId;
}

/**
 * As `recordEvent` for each event in turn, in two statements whatever their number: the same rows,
 * the same aggregate versions (an aggregate named three times gets the next three, in the order
 * given) and outbox ids in the order given. For a batch that announces hundreds of changes (the FIT
 * import records one event per professional and day): two statements per event through Prisma's raw
 * path made each batch a thousand round trips, and under a capped heap most of its time garbage
 * collection (docs/benchmarks-fit.md). Every event is checked before anything is written.
 */
export async function recordEvents(tx: EventSql, events: readonly NewEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  for (const event of events) checkNewEvent(event);
  const query = queryOf(tx);
  // How many versions each aggregate takes, in a fixed order (type, then id) so that two batches
  // naming the same aggregates lock their counters in the same order.
  const key = (type: string, id: string) => JSON.stringify([type, id]);
  const taken = new Map<string, { type: string; id: string; count: number }>();
  for (const event of events) {
    const entry = taken.get(key(event.aggregateType, event.aggregateId));
    if (entry) entry.count += 1;
    else taken.set(key(event.aggregateType, event.aggregateId), { type: event.aggregateType, id: event.aggregateId, count: 1 });
  }
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const aggregates = [...taken.values()].sort((a, b) => byName(a.type, b.type) || byName(a.id, b.id));
  const counters = await query<{ aggregate_type: string; aggregate_id: string; version: number }>(
    `INSERT INTO aggregate_version (aggregate_type, aggregate_id, version)
     SELECT type, id, count FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS x(type, id, count, n) ORDER BY n
     ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET version = aggregate_version.version + excluded.version
     RETURNING aggregate_type, aggregate_id, version`,
    [aggregates.map((a) => a.type), aggregates.map((a) => a.id), aggregates.map((a) => a.count)],
  );
  // Each aggregate's events take the versions after the one it had, in the order given.
  const nextVersion = new Map(
    counters.map((row) => {
      const name = key(row.aggregate_type, row.aggregate_id);
      return [name, Number(row.version) - taken.get(name)!.count + 1];
    }),
  );
  const versions = events.map((event) => {
    const name = key(event.aggregateType, event.aggregateId);
    const version = nextVersion.get(name)!;
    nextVersion.set(name, version + 1);
    return version;
  });
  const eventIds = events.map(() => randomUUID());
  await query(
    `INSERT INTO outbox_event (event_id, type, aggregate_type, aggregate_id, actor_id, data, aggregate_version, changed_fields)
     SELECT event_id, type, aggregate_type, aggregate_id, actor_id, data::jsonb, version, changed_fields::jsonb
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[])
            WITH ORDINALITY AS x(event_id, type, aggregate_type, aggregate_id, actor_id, data, version, changed_fields, n)
      ORDER BY n`,
    [
      eventIds,
      events.map((event) => event.type),
      events.map((event) => event.aggregateType),
      events.map((event) => event.aggregateId),
      events.map((event) => event.actorId),
      events.map((event) => JSON.stringify(event.data ?? {})),
      versions,
      events.map((event) => JSON.stringify(changedFieldsOfNew(event))),
    ],
  );
  return eventIds;
}

/** Refuses personal data and data its type's contract refuses, before anything is written. */
function checkNewEvent(event: NewEvent): void {
  const carried = Object.keys(event.data ?? {}).filter((field) => PERSONAL_DATA_FIELDS.has(field));
  if (carried.length > 0) throw new Error(`Event ${event.type} must not carry personal data (${carried.join(", ")}).`);
  // Before anything is written: a payload its contract refuses fails the change's transaction.
  checkEventData(event.type, event.data);
}

const changedFieldsOfNew = (event: NewEvent) => [...(event.changedFields ?? Object.keys(event.data ?? {}))];
