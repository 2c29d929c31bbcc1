import type { QueryResolvers } from "./../../types.generated";

export const team: NonNullable<QueryResolvers["team"]> = (_parent, { id }, ctx) => ctx.loaders.team.load(id);
