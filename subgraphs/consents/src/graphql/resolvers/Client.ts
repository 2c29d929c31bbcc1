import { DataCategory } from "@silta/kernel";
import type { ClientResolvers } from "./../types.generated";

export const Client: ClientResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  // Whom a client lets see their data is itself client data: checked, logged, batched.
  consents: async (parent, _arg, ctx) => {
    await ctx.access.assert(parent.id, DataCategory.Consents);
    return ctx.loaders.consentsOfClient.load(parent.id);
  },
  bans: async (parent, _arg, ctx) => {
    await ctx.access.assert(parent.id, DataCategory.Consents);
    return ctx.loaders.bansOfClient.load(parent.id);
  },
};
