import { contract } from "../contract";
import { codes, flag, id } from "../fields";

/** The integration subgraph's events: they describe the webhooks themselves, so none is offered to webhooks. */
export const webhookSubscriptionCreated = contract({
  type: "webhook_subscription.created",
  source: "integration",
  entity: "WebhookSubscription",
  changedFields: "`url`, `eventTypes`, `secret` (values of url and secret not carried)",
  webhooks: false,
  shape: { subscriptionId: id, eventTypes: codes },
});
export const webhookSubscriptionDeactivated = contract({
  type: "webhook_subscription.deactivated",
  source: "integration",
  entity: "WebhookSubscription",
  changedFields: "`active`",
  webhooks: false,
  shape: { subscriptionId: id, active: flag },
});
export const webhookDeliveryReplayed = contract({
  type: "webhook_delivery.replayed",
  source: "integration",
  entity: "WebhookDelivery",
  changedFields: "`status`, `attempts`, `nextAttemptAt`",
  webhooks: false,
  shape: { deliveryId: id, subscriptionId: id, eventId: id },
});

/** In catalogue order. */
export const integrationEvents = [webhookSubscriptionCreated, webhookSubscriptionDeactivated, webhookDeliveryReplayed] as const;
