import { forbidden } from "@silta/kernel";
import { mayReadReports } from "../inputs";
import type { ProfessionalResolvers } from "./../types.generated";

/**
 * A count of the professional's recording work. Not a client's data, but it follows their clients'
 * sessions (a professional with one client: that client's every session), so only the professional
 * themself and those who read FIT reports (managers, reporting users, systems with `fit:reports`)
 * may read it; anyone else gets null and FORBIDDEN at the field.
 */
export const Professional: ProfessionalResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  measurementsRecorded: (parent, { since }, ctx) => {
    const own = ctx.viewer.kind === "professional" && ctx.viewer.id === parent.id;
    if (!own && !mayReadReports(ctx.viewer))
      throw forbidden(
        "Only the professional themself, a manager or reporting user, or a system with the fit:reports scope may read how many measurements a professional recorded.",
      );
    return ctx.loaders.measurementCountSince(since ? new Date(since) : null).load(parent.id);
  },
};
