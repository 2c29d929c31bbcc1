import type { ClientResolvers } from "./../types.generated";
export const Client: ClientResolvers = {/* Implement Client resolver logic here */};
