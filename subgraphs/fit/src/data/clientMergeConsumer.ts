import { hostname } from "node:os";
import { processOnce, streamOf, type DomainEvent, type EventBus, type Logger, type Subscription } from "@silta/kernel";
import { clientMerged, parseEvent, type DataOf } from "@silta/events";
import { streamsReadBy } from "@silta/registry";
import type { PrismaClient } from "./db";

/** The consumer group of `client.merged` in the fit subgraph, and its key in processed_event. */
export const CLIENT_MERGE_GROUP = "fit-client-merges";

/**
 * Re-points this subgraph's rows of a merged duplicate registration to the client on record, on the
 * clients subgraph's `client.merged` (docs/access.md, "Duplicate registrations"). Delivery is at
 * least once: the event id is recorded with the change (processOnce), so a redelivery changes nothing.
 */
export async function subscribeClientMerges(bus: EventBus, prisma: PrismaClient, log: Logger): Promise<Subscription> {
  const subscriptions = await Promise.all(
    streamsReadBy("fit", CLIENT_MERGE_GROUP).map((source) =>
      bus.subscribe({
        stream: streamOf(source),
        group: CLIENT_MERGE_GROUP,
        consumer: `${hostname()}-${process.pid}`,
        handler: async (event) => {
          const parsed = parseEvent(event, [clientMerged]);
          if (parsed.outcome === "not_consumed") return;
          // Malformed data would fail for ever: skipped and logged rather than blocking the stream.
          if (parsed.outcome === "malformed")
            return log.warn({ eventId: event.id, problems: parsed.problems }, "skipped a malformed client merge");
          await applyClientMerged(prisma, event, parsed.event.data);
          log.debug({ eventId: event.id }, "client merge applied");
        },
      }),
    ),
  );
  return { stop: async () => void (await Promise.all(subscriptions.map((subscription) => subscription.stop()))) };
}

/**
 * One `client.merged`, at most once: the duplicate's episodes (with their sessions) and measurements
 * move to the client on record; nothing here may exist once per client. Returns whether the event was
 * new.
 */
export async function applyClientMerged(
  prisma: PrismaClient,
  event: DomainEvent,
  { clientId: to, mergedClientId: from }: DataOf<typeof clientMerged>,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    if (!(await processOnce(tx, CLIENT_MERGE_GROUP, event))) return false;
    await tx.$executeRaw`UPDATE episode SET client_id = ${to}::uuid WHERE client_id = ${from}::uuid`;
    await tx.$executeRaw`UPDATE measurement SET client_id = ${to}::uuid WHERE client_id = ${from}::uuid`;
    return true;
  });
}
