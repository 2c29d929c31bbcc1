import {
  contractHandler,
  processOnce,
  subscribeGroup,
  type DomainEvent,
  type EventBus,
  type Logger,
  type Subscription,
} from "@silta/kernel";
import { clientMerged, type DataOf } from "@silta/events";
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
  return subscribeGroup(bus, {
    sources: streamsReadBy("fit", CLIENT_MERGE_GROUP),
    group: CLIENT_MERGE_GROUP,
    handler: contractHandler([clientMerged], log, "client merge", (event, data) => applyClientMerged(prisma, event, data)),
  });
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
