import { assertWebhookManager } from "../../../context";
import { subscriptionsOf } from "../../../data/subscriptionStore";
import type { QueryResolvers } from "./../../types.generated";

export const webhookSubscriptions: NonNullable<QueryResolvers["webhookSubscriptions"]> = (_parent, _arg, ctx) =>
  subscriptionsOf(ctx.prisma, assertWebhookManager(ctx));
