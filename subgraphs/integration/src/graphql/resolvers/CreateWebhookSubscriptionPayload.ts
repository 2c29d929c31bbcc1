import type { CreateWebhookSubscriptionPayloadResolvers } from "./../types.generated";
export const CreateWebhookSubscriptionPayload: CreateWebhookSubscriptionPayloadResolvers = {
  /* Implement CreateWebhookSubscriptionPayload resolver logic here */
};
