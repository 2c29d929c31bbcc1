import type { OrganizationResolvers } from "./../types.generated";

export const Organization: OrganizationResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.organization.load(reference.id),
};
