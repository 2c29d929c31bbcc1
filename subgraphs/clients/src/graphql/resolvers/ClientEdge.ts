import type { ClientEdgeResolvers } from "./../types.generated";

export const ClientEdge: ClientEdgeResolvers = {};
