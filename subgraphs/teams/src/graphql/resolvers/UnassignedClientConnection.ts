import type { UnassignedClientConnectionResolvers } from "./../types.generated";
export const UnassignedClientConnection: UnassignedClientConnectionResolvers = {
  /* Implement UnassignedClientConnection resolver logic here */
};
