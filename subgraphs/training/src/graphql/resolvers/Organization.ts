import type { OrganizationResolvers } from "./../types.generated";
export const Organization: OrganizationResolvers = {/* Implement Organization resolver logic here */};
