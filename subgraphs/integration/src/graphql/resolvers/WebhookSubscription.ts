import { badUserInput } from "@silta/kernel";
import { deliveriesOf } from "../../data/deliveryStore";
import type { WebhookSubscriptionResolvers } from "./../types.generated";

export const WebhookSubscription: WebhookSubscriptionResolvers = {
  createdAt: ({ createdAt }) => new Date(createdAt).toISOString(),
  deliveries: ({ id }, { status, first }, ctx) => {
    const limit = first ?? 50;
    if (limit < 1 || limit > 500) throw badUserInput("first", "range", "first must be between 1 and 500.");
    return deliveriesOf(ctx.prisma, id, status ?? null, limit);
  },
};
