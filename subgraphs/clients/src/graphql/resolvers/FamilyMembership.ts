import type { FamilyMembershipResolvers } from "./../types.generated";

export const FamilyMembership: FamilyMembershipResolvers = {
  family: async (parent, _arg, ctx) => (await ctx.loaders.family.load(parent.familyId))!,
};
