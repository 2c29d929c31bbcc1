import { accessChangeOf } from "@silta/consents/accessProjection";
import { checkEventData } from "@silta/events";
import type { RowSink } from "./tables";

/** An event the seed publishes as the teams or clients subgraph would: its type and data. */
export interface SeedEvent {
  type: string;
  data: Record<string, unknown>;
}

/**
 * Publishes one teams or clients event of the generated county in bulk: its data is checked against
 * its contract as `recordEvent` checks it, and the consents subgraph's own projection function turns
 * it into the access row its consumer would write. Seeded rows carry no outbox events (as before), so
 * the projection is written here, in the seed's batches: one event at a time through the consumer
 * would cost a transaction per event, a few hundred thousand of them at 100,000 clients.
 */
export function publishAccessEvent(sink: RowSink, event: SeedEvent): void {
  checkEventData(event.type, event.data);
  // The seed acts as `system`, so no client gets a creator (who may open a new client's first relationship).
  const projected = accessChangeOf({ ...event, actorId: "system" });
  if (projected.outcome !== "changed" || projected.change.effect !== "upsert")
    throw new Error(`The seed publishes only events that add access rows, not ${event.type} (${projected.outcome}).`);
  sink.add(projected.change.row.table, projected.change.row.values);
}
