import type { ResponsibleWorkerPeriodResolvers } from "./../types.generated";
import { present } from "../present";

export const ResponsibleWorkerPeriod: ResponsibleWorkerPeriodResolvers = {
  professional: async (parent, _arg, ctx) =>
    present(await ctx.loaders.professional.load(parent.professionalId), "responsible worker"),
};
