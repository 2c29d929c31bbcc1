import type { TeamMemberResolvers } from "./../types.generated";

export const TeamMember: TeamMemberResolvers = {
  professional: async (parent, _arg, ctx) => {
    const professional = await ctx.loaders.professional.load(parent.professionalId);
    if (!professional) throw new Error(`membership ${parent.id} refers to a missing professional`);
    return professional;
  },
};
