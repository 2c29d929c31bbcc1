import { hostname } from "node:os";
import { streamOf, type EventBus, type Logger, type Subscription } from "@silta/kernel";
import { streamsReadBy } from "@silta/registry";
import type { PrismaClient } from "../data/db";
import { ACCESS_PROJECTION_GROUP, applyAccessEvent } from "./applyAccessEvent";

/** The consumer group of the access projection; every consents replica shares it. */
export { ACCESS_PROJECTION_GROUP };
/** The teams and clients streams, as the registry declares this group. */
export const ACCESS_PROJECTION_STREAMS = streamsReadBy("consents", ACCESS_PROJECTION_GROUP).map(streamOf);

/**
 * Subscribes the access projection to the teams and clients streams. A handler that fails (the
 * database is down) leaves its event pending and the bus offers it again; the projection is never
 * ahead of what was committed.
 */
export async function startAccessProjection(deps: { bus: EventBus; prisma: PrismaClient; log: Logger }): Promise<Subscription> {
  const consumer = `consents-${hostname()}-${process.pid}`;
  const subscriptions = await Promise.all(
    ACCESS_PROJECTION_STREAMS.map((stream) =>
      deps.bus.subscribe({
        stream,
        group: ACCESS_PROJECTION_GROUP,
        consumer,
        handler: async (event) => {
          try {
            await applyAccessEvent(deps.prisma, event);
          } catch (error) {
            deps.log.warn({ err: error, eventId: event.id, type: event.type }, "access projection could not apply an event");
            throw error;
          }
        },
      }),
    ),
  );
  return { stop: async () => void (await Promise.all(subscriptions.map((subscription) => subscription.stop()))) };
}
