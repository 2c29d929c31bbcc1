import type { MergeDuplicateRegistrationPayloadResolvers } from "./../types.generated";

/** The client on record (its fields decided by the read rules) and the duplicate's id. */
export const MergeDuplicateRegistrationPayload: MergeDuplicateRegistrationPayloadResolvers = {
  client: (parent) => parent.client,
  mergedClientId: (parent) => parent.mergedClientId,
};
