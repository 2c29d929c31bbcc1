import { LocalDate } from "@silta/kernel";
import type { ResponsibleWorkerPeriodResolvers } from "./../types.generated";
import { present } from "../present";

export const ResponsibleWorkerPeriod: ResponsibleWorkerPeriodResolvers = {
  professional: async (parent, _arg, ctx) =>
    present(await ctx.loaders.professional.load(parent.professionalId), "responsible worker"),
  since: (parent) => LocalDate.fromDb(parent.since),
  until: (parent) => LocalDate.fromDb(parent.until),
};
