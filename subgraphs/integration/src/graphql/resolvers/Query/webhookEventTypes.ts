import { assertWebhookManager } from "../../../context";
import { subscribableEventTypes } from "../../../domain/eventTypes";
import type { QueryResolvers } from "./../../types.generated";

export const webhookEventTypes: NonNullable<QueryResolvers["webhookEventTypes"]> = (_parent, _arg, ctx) => {
  assertWebhookManager(ctx);
  return subscribableEventTypes(ctx.viewer);
};
