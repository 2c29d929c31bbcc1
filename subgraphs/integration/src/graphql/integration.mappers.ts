/** Parent shapes of the integration schema: the rows the stores return. */
export type { SubscriptionRow as WebhookSubscriptionMapper } from "../data/subscriptionStore";
export type { DeliveryRow as WebhookDeliveryMapper } from "../data/deliveryStore";
