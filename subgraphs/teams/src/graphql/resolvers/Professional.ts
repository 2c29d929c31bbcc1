import { clientPage } from "../clientPage";
import type { ProfessionalResolvers } from "./../types.generated";
import { present } from "../present";

export const Professional: ProfessionalResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.professional.load(reference.id),
  organization: async (parent, _arg, ctx) => present(await ctx.loaders.organization.load(parent.organizationId), "organisation"),
  teams: async (parent, _arg, ctx) => {
    const memberships = await ctx.loaders.currentMembershipsOfProfessional.load(parent.id);
    const teamIds = [...new Set(memberships.map((membership) => membership.teamId))];
    return Promise.all(teamIds.map(async (id) => present(await ctx.loaders.team.load(id), "team")));
  },
  clients: (parent, args, ctx, info) => clientPage(ctx, "professionalClients", parent.id, args, info),
  responsibleFor: (parent, args, ctx, info) => clientPage(ctx, "responsibleFor", parent.id, args, info),
};
