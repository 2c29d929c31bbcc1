import { badUserInput, notFound } from "@silta/kernel";
import { assertWebhookManager } from "../../../context";
import { deliveryOf, replayDelivery } from "../../../data/deliveryStore";
import type { MutationResolvers } from "./../../types.generated";

export const replayWebhookDelivery: NonNullable<MutationResolvers["replayWebhookDelivery"]> = async (_parent, { id }, ctx) => {
  const ownerId = assertWebhookManager(ctx);
  const delivery = await deliveryOf(ctx.prisma, ownerId, id);
  if (!delivery) throw notFound("WebhookDelivery", id);
  if (delivery.status !== "DEAD") throw badUserInput("id", "dead_lettered", "Only a dead-lettered delivery can be replayed.");
  return replayDelivery(ctx.prisma, delivery, ownerId);
};
