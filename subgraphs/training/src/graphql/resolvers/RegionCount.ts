import type { RegionCountResolvers } from "./../types.generated";
export const RegionCount: RegionCountResolvers = {/* Implement RegionCount resolver logic here */};
