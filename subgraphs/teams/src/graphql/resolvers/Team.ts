import { DataCategory } from "@silta/kernel";
import type { TeamResolvers } from "./../types.generated";

export const Team: TeamResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.team.load(reference.id),
  members: (parent, { includeFormer }, ctx) =>
    includeFormer ? ctx.loaders.allMembershipsOfTeam.load(parent.id) : ctx.loaders.currentMembershipsOfTeam.load(parent.id),
  clients: async (parent, _arg, ctx) => {
    const clientIds = (await ctx.loaders.currentClientsOfTeam.load(parent.id)).map((link) => link.clientId);
    // That a client is on a team is itself client data: list only those the viewer may see.
    const visible = await ctx.access.filterAllowed(clientIds, DataCategory.Team);
    return clientIds.filter((id) => visible.has(id)).map((id) => ({ id }));
  },
};
