import { DataCategory } from "@silta/kernel";
import type { ClientResolvers } from "./../types.generated";

export const Client: ClientResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  teams: async (parent, _arg, ctx) => {
    await ctx.access.assert(parent.id, DataCategory.Team);
    const links = await ctx.loaders.currentTeamsOfClient.load(parent.id);
    return links.map((link) => link.team);
  },
};
