import type { QueryResolvers } from "./../../types.generated";

export const teams: NonNullable<QueryResolvers["teams"]> = (_parent, _arg, ctx) =>
  ctx.prisma.team.findMany({ orderBy: { name: "asc" } });
