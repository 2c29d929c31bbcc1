import {
  contractHandler,
  processOnce,
  subscribeGroup,
  type DomainEvent,
  type EventBus,
  type Logger,
  type Subscription,
} from "@silta/kernel";
import { responsibleWorkerAssigned, type DataOf } from "@silta/events";
import { streamsReadBy } from "@silta/registry";
import type { PrismaClient } from "./db";

export const RESPONSIBLE_WORKER_GROUP = "clients-responsible-workers";

/**
 * Keeps `responsible_worker` from the teams subgraph's `client.responsible_worker_assigned` events:
 * the only way this subgraph learns who may see a non-disclosure client's address. Delivery is at
 * least once and a redelivered old event may arrive after a newer one, so a row is replaced only
 * by an event that happened at the same time or later; and the event id is recorded with the row
 * (processOnce), so a redelivery changes nothing at all.
 */
export async function subscribeResponsibleWorkers(bus: EventBus, prisma: PrismaClient, log: Logger): Promise<Subscription> {
  return subscribeGroup(bus, {
    sources: streamsReadBy("clients", RESPONSIBLE_WORKER_GROUP),
    group: RESPONSIBLE_WORKER_GROUP,
    handler: contractHandler([responsibleWorkerAssigned], log, "responsible worker event", (event, data) =>
      applyResponsibleWorkerAssigned(prisma, event, data),
    ),
  });
}

/** Applies one parsed `client.responsible_worker_assigned` (`data`) of the envelope `event`. */
export async function applyResponsibleWorkerAssigned(
  prisma: PrismaClient,
  event: DomainEvent,
  data: DataOf<typeof responsibleWorkerAssigned>,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if (!(await processOnce(tx, RESPONSIBLE_WORKER_GROUP, event))) return;
    await tx.$executeRaw`
    INSERT INTO responsible_worker (client_id, professional_id, organization_id, since, assigned_at, event_id)
    VALUES (${data.clientId}::uuid, ${data.professionalId}::uuid, ${data.organizationId}::uuid, ${data.since ?? null}::date,
            ${event.occurredAt}::timestamptz, ${event.id}::uuid)
    ON CONFLICT (client_id) DO UPDATE SET
      professional_id = EXCLUDED.professional_id, organization_id = EXCLUDED.organization_id,
      since = EXCLUDED.since, assigned_at = EXCLUDED.assigned_at, event_id = EXCLUDED.event_id
    WHERE responsible_worker.assigned_at <= EXCLUDED.assigned_at`;
  });
}
