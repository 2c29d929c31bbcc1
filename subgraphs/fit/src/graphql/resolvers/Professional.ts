import type { ProfessionalResolvers } from "./../types.generated";

/** Not client data: a count of the professional's own recording work, so no access check. */
export const Professional: ProfessionalResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  measurementsRecorded: (parent, { since }, ctx) =>
    ctx.loaders.measurementCountSince(since ? new Date(since) : null).load(parent.id),
};
