import type { UnassignedClientEdgeResolvers } from "./../types.generated";
export const UnassignedClientEdge: UnassignedClientEdgeResolvers = {/* Implement UnassignedClientEdge resolver logic here */};
