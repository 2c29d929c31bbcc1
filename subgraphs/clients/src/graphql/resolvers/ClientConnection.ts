import type { ClientConnectionResolvers } from "./../types.generated";

export const ClientConnection: ClientConnectionResolvers = {};
