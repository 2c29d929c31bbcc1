import type { FitEpisodeEdgeResolvers } from "./../types.generated";
export const FitEpisodeEdge: FitEpisodeEdgeResolvers = {/* Implement FitEpisodeEdge resolver logic here */};
