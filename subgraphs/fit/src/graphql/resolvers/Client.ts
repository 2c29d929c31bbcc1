import { DataCategory } from "@silta/kernel";
import type { ClientResolvers } from "./../types.generated";

// Both fields ask the guard the same question; it decides and logs it once per client and request.
export const Client: ClientResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  latestOutcome: async (parent, _arg, ctx) => {
    await ctx.access.assert(parent.id, DataCategory.Fit);
    return (await ctx.loaders.latestMeasurementsOfClient.load(parent.id)).outcome;
  },
  latestSessionRating: async (parent, _arg, ctx) => {
    await ctx.access.assert(parent.id, DataCategory.Fit);
    return (await ctx.loaders.latestMeasurementsOfClient.load(parent.id)).sessionRating;
  },
};
