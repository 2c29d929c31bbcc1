import type { QueryResolvers } from "./../../types.generated";

export const professional: NonNullable<QueryResolvers["professional"]> = (_parent, { id }, ctx) =>
  ctx.loaders.professional.load(id);
