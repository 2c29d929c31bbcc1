import { assertWebhookManager } from "../../../context";
import { subscriptionOf } from "../../../data/subscriptionStore";
import type { QueryResolvers } from "./../../types.generated";

export const webhookSubscription: NonNullable<QueryResolvers["webhookSubscription"]> = (_parent, { id }, ctx) =>
  subscriptionOf(ctx.prisma, assertWebhookManager(ctx), id);
