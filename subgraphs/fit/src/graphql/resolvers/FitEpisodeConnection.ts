import type { FitEpisodeConnectionResolvers } from "./../types.generated";
export const FitEpisodeConnection: FitEpisodeConnectionResolvers = {/* Implement FitEpisodeConnection resolver logic here */};
