/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { webhookEventTypes as Query_webhookEventTypes } from "./resolvers/Query/webhookEventTypes";
import { webhookSubscription as Query_webhookSubscription } from "./resolvers/Query/webhookSubscription";
import { webhookSubscriptions as Query_webhookSubscriptions } from "./resolvers/Query/webhookSubscriptions";
import { createWebhookSubscription as Mutation_createWebhookSubscription } from "./resolvers/Mutation/createWebhookSubscription";
import { deactivateWebhookSubscription as Mutation_deactivateWebhookSubscription } from "./resolvers/Mutation/deactivateWebhookSubscription";
import { replayWebhookDelivery as Mutation_replayWebhookDelivery } from "./resolvers/Mutation/replayWebhookDelivery";
import { CreateWebhookSubscriptionPayload } from "./resolvers/CreateWebhookSubscriptionPayload";
import { WebhookDelivery } from "./resolvers/WebhookDelivery";
import { WebhookSubscription } from "./resolvers/WebhookSubscription";
export const resolvers: Resolvers = {
  Query: {
    webhookEventTypes: Query_webhookEventTypes,
    webhookSubscription: Query_webhookSubscription,
    webhookSubscriptions: Query_webhookSubscriptions,
  },
  Mutation: {
    createWebhookSubscription: Mutation_createWebhookSubscription,
    deactivateWebhookSubscription: Mutation_deactivateWebhookSubscription,
    replayWebhookDelivery: Mutation_replayWebhookDelivery,
  },

  CreateWebhookSubscriptionPayload: CreateWebhookSubscriptionPayload,
  WebhookDelivery: WebhookDelivery,
  WebhookSubscription: WebhookSubscription,
};
