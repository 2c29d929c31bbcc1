import { recordEvent } from "@silta/kernel";
import type { PrismaClient } from "./db";

export interface SubscriptionRow {
  id: string;
  ownerId: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  createdAt: Date;
}

/** The columns a subscription is shown with (never the secret or the lease). */
const select = { id: true, ownerId: true, url: true, eventTypes: true, active: true, createdAt: true } as const;

/** Registers a subscription and its event (no secret in it), in one transaction. */
export function createSubscription(
  prisma: PrismaClient,
  input: { id: string; ownerId: string; url: string; eventTypes: string[]; secret: string },
): Promise<SubscriptionRow> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.webhookSubscription.create({ data: input, select });
    await recordEvent(tx, {
      type: "webhook_subscription.created",
      aggregateType: "WebhookSubscription",
      aggregateId: input.id,
      actorId: input.ownerId,
      data: { subscriptionId: input.id, eventTypes: input.eventTypes },
      changedFields: ["url", "eventTypes", "secret"],
    });
    return row;
  });
}

export function subscriptionsOf(prisma: PrismaClient, ownerId: string): Promise<SubscriptionRow[]> {
  return prisma.webhookSubscription.findMany({ where: { ownerId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select });
}

export function subscriptionOf(prisma: PrismaClient, ownerId: string, id: string): Promise<SubscriptionRow | null> {
  return prisma.webhookSubscription.findFirst({ where: { ownerId, id }, select });
}

/** Stops new deliveries; the same call again changes nothing. */
export function deactivateSubscription(prisma: PrismaClient, subscription: SubscriptionRow): Promise<SubscriptionRow> {
  return prisma.$transaction(async (tx) => {
    if (!subscription.active) return subscription;
    const row = await tx.webhookSubscription.update({ where: { id: subscription.id }, data: { active: false }, select });
    await recordEvent(tx, {
      type: "webhook_subscription.deactivated",
      aggregateType: "WebhookSubscription",
      aggregateId: subscription.id,
      actorId: subscription.ownerId,
      data: { subscriptionId: subscription.id, active: false },
      changedFields: ["active"],
    });
    return row;
  });
}
