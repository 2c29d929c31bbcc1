import type { WebhookDeliveryResolvers } from "./../types.generated";

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

export const WebhookDelivery: WebhookDeliveryResolvers = {
  createdAt: ({ createdAt }) => new Date(createdAt).toISOString(),
  nextAttemptAt: ({ nextAttemptAt, status }) => (status === "PENDING" ? iso(nextAttemptAt) : null),
  deliveredAt: ({ deliveredAt }) => iso(deliveredAt),
};
