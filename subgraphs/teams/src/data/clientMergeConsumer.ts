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

/** The consumer group of `client.merged` in the teams subgraph, and its key in processed_event. */
export const CLIENT_MERGE_GROUP = "teams-client-merges";

/**
 * Re-points this subgraph's rows of a merged duplicate registration to the client on record, on the
 * clients subgraph's `client.merged` (docs/access.md, "Duplicate registrations"). Delivery is at
 * least once: the event id is recorded with the change (processOnce), so a redelivery changes nothing.
 */
export async function subscribeClientMerges(bus: EventBus, prisma: PrismaClient, log: Logger): Promise<Subscription> {
  return subscribeGroup(bus, {
    sources: streamsReadBy("teams", CLIENT_MERGE_GROUP),
    group: CLIENT_MERGE_GROUP,
    handler: contractHandler([clientMerged], log, "client merge", (event, data) => applyClientMerged(prisma, event, data)),
  });
}

/**
 * One `client.merged`, at most once. Where both clients have a row that may exist once, as the
 * clients subgraph and the access projection decide: a team link both have keeps the union of the two
 * periods; the client on record's current responsible worker stays, and the duplicate's current
 * period ends today (kept as history of the person). Meetings and their family members move. Returns
 * whether the event was new.
 */
export async function applyClientMerged(
  prisma: PrismaClient,
  event: DomainEvent,
  { clientId: to, mergedClientId: from }: DataOf<typeof clientMerged>,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    if (!(await processOnce(tx, CLIENT_MERGE_GROUP, event))) return false;
    await tx.$executeRaw`
      INSERT INTO team_client AS target (team_id, client_id, since, until)
        SELECT team_id, ${to}::uuid, since, until FROM team_client WHERE client_id = ${from}::uuid
        ON CONFLICT (team_id, client_id) DO UPDATE SET
          since = LEAST(target.since, EXCLUDED.since),
          until = CASE WHEN target.until IS NULL OR EXCLUDED.until IS NULL THEN NULL ELSE GREATEST(target.until, EXCLUDED.until) END`;
    await tx.$executeRaw`DELETE FROM team_client WHERE client_id = ${from}::uuid`;
    await tx.$executeRaw`
      UPDATE responsible_worker SET is_current = NULL, until = GREATEST(since, CURRENT_DATE)
      WHERE client_id = ${from}::uuid AND is_current
        AND EXISTS (SELECT 1 FROM responsible_worker WHERE client_id = ${to}::uuid AND is_current)`;
    await tx.$executeRaw`UPDATE responsible_worker SET client_id = ${to}::uuid WHERE client_id = ${from}::uuid`;
    await tx.$executeRaw`UPDATE meeting SET client_id = ${to}::uuid WHERE client_id = ${from}::uuid`;
    await tx.$executeRaw`UPDATE meeting_family_member SET client_id = ${to}::uuid WHERE client_id = ${from}::uuid`;
    return true;
  });
}
