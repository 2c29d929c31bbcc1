import type { TeamsPageInfoResolvers } from "./../types.generated";
export const TeamsPageInfo: TeamsPageInfoResolvers = {/* Implement TeamsPageInfo resolver logic here */};
