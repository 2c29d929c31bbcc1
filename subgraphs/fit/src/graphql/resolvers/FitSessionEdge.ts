import type { FitSessionEdgeResolvers } from "./../types.generated";
export const FitSessionEdge: FitSessionEdgeResolvers = {/* Implement FitSessionEdge resolver logic here */};
