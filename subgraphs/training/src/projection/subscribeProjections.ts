import { subscribeGroup, type EventBus, type Logger, type Subscription } from "@silta/kernel";
import { streamsReadBy } from "@silta/registry";
import type { PrismaClient } from "../data/db";
import { applyEvent, PROJECTION_GROUP } from "./applyEvent";

/** The consumer group of the training subgraph's projections, on the teams and fit streams. */
export { PROJECTION_GROUP };

/**
 * Feeds the staff and FIT activity projections from the teams and fit subgraphs' events. A handler
 * that throws leaves its event unacknowledged, so the bus offers it again.
 */
export async function subscribeProjections(bus: EventBus, prisma: PrismaClient, log: Logger): Promise<Subscription> {
  return subscribeGroup(bus, {
    sources: streamsReadBy("training", PROJECTION_GROUP),
    group: PROJECTION_GROUP,
    handler: async (event) => {
      const outcome = await applyEvent(prisma, event);
      if (outcome === "malformed") log.warn({ eventId: event.id, type: event.type }, "skipped a malformed event");
    },
  });
}
