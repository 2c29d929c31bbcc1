import type { UnitCountResolvers } from "./../types.generated";
export const UnitCount: UnitCountResolvers = {/* Implement UnitCount resolver logic here */};
