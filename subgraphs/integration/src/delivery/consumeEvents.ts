import { hostname } from "node:os";
import { streamOf, type EventBus, type Logger, type Subscription } from "@silta/kernel";
import { streamsReadBy } from "@silta/registry";
import type { PrismaClient } from "../data/db";
import { enqueueDeliveries, WEBHOOK_GROUP } from "../data/deliveryStore";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns every stream's events into pending deliveries, group `integration-webhooks`. A failed
 * handler (database down) leaves the event pending and the bus offers it again. `onQueued` is told
 * when deliveries were queued, so this replica's dispatcher sends them without waiting to poll.
 */
export async function consumeEvents(
  bus: EventBus,
  prisma: PrismaClient,
  log: Logger,
  onQueued: () => void = () => undefined,
): Promise<Subscription> {
  const consumer = `integration-${hostname()}-${process.pid}`;
  const subscriptions = await Promise.all(
    streamsReadBy("integration", WEBHOOK_GROUP).map((source) =>
      bus.subscribe({
        stream: streamOf(source),
        group: WEBHOOK_GROUP,
        consumer,
        handler: async (event) => {
          if (!UUID.test(event.id)) return log.warn({ eventId: event.id }, "skipped an event without a UUID id");
          if ((await enqueueDeliveries(prisma, event)) > 0) onQueued();
        },
      }),
    ),
  );
  return { stop: async () => void (await Promise.all(subscriptions.map((subscription) => subscription.stop()))) };
}
