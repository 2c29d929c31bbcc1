import { DataCategory } from "@silta/kernel";
import type { ConcernRaiserResolvers } from "./../types.generated";

export const ConcernRaiser: ConcernRaiserResolvers = {
  professional: (parent) => (parent.raisedByProfessionalId ? { id: parent.raisedByProfessionalId } : null),
  familyMember: async (parent, _arg, ctx) => {
    if (!parent.raisedByClientId) return null;
    await ctx.access.assert(parent.raisedByClientId, DataCategory.Basic);
    return ctx.loaders.client.load(parent.raisedByClientId);
  },
};
