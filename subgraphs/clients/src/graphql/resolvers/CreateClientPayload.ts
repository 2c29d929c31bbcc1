import type { CreateClientPayloadResolvers } from "./../types.generated";

export const CreateClientPayload: CreateClientPayloadResolvers = {};
