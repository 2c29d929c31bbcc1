import type { FitSessionResolvers } from "./../types.generated";

export const FitSession: FitSessionResolvers = {
  professional: (parent) => ({ id: parent.professionalId }),
  measurements: async (parent, _arg, ctx) =>
    (await ctx.loaders.measurementsOfSession.load(parent.id)).filter((row) => row.total !== null),
  skipped: async (parent, _arg, ctx) =>
    (await ctx.loaders.measurementsOfSession.load(parent.id)).filter((row) => row.total === null),
};
