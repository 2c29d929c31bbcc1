import type { FamilyMemberResolvers } from "./../types.generated";

// Family.members already filtered the members to those the viewer may see (basic).
export const FamilyMember: FamilyMemberResolvers = {
  client: async (parent, _arg, ctx) => (await ctx.loaders.client.load(parent.clientId))!,
};
