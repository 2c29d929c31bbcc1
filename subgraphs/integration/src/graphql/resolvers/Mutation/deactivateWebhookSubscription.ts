import { notFound } from "@silta/kernel";
import { assertWebhookManager } from "../../../context";
import { deactivateSubscription, subscriptionOf } from "../../../data/subscriptionStore";
import type { MutationResolvers } from "./../../types.generated";

export const deactivateWebhookSubscription: NonNullable<MutationResolvers["deactivateWebhookSubscription"]> = async (
  _parent,
  { id },
  ctx,
) => {
  const subscription = await subscriptionOf(ctx.prisma, assertWebhookManager(ctx), id);
  if (!subscription) throw notFound("WebhookSubscription", id);
  return deactivateSubscription(ctx.prisma, subscription);
};
