import type { ProfessionalResolvers } from "./../types.generated";

export const Professional: ProfessionalResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.professional.load(reference.id),
  organization: async (parent, _arg, ctx) => {
    const organization = await ctx.loaders.organization.load(parent.organizationId);
    if (!organization) throw new Error(`professional ${parent.id} refers to a missing organisation`);
    return organization;
  },
};
