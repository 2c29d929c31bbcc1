import type { ClientListConnectionResolvers } from "./../types.generated";

export const ClientListConnection: ClientListConnectionResolvers = {};
