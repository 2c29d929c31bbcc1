import type { ClientListEdgeResolvers } from "./../types.generated";

export const ClientListEdge: ClientListEdgeResolvers = {};
