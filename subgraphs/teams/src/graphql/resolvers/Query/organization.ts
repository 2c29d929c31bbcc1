import type { QueryResolvers } from "./../../types.generated";

export const organization: NonNullable<QueryResolvers["organization"]> = (_parent, { id }, ctx) =>
  ctx.loaders.organization.load(id);
