import { DataCategory } from "@silta/kernel";
import type { ResponsiblePartyResolvers } from "./../types.generated";

export const ResponsibleParty: ResponsiblePartyResolvers = {
  professional: (parent) => (parent.responsibleProfessionalId ? { id: parent.responsibleProfessionalId } : null),
  familyMember: async (parent, _arg, ctx) => {
    if (!parent.responsibleClientId) return null;
    await ctx.access.assert(parent.responsibleClientId, DataCategory.Basic);
    return ctx.loaders.client.load(parent.responsibleClientId);
  },
};
