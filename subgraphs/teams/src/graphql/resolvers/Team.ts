import { clientPage } from "../clientPage";
import type { TeamResolvers } from "./../types.generated";

export const Team: TeamResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.team.load(reference.id),
  members: (parent, { includeFormer }, ctx) =>
    includeFormer ? ctx.loaders.allMembershipsOfTeam.load(parent.id) : ctx.loaders.currentMembershipsOfTeam.load(parent.id),
  clients: (parent, args, ctx, info) => clientPage(ctx, "teamClients", parent.id, args, info),
};
