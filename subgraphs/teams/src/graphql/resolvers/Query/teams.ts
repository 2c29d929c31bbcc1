import type { QueryResolvers } from "./../../types.generated";

export const teams: NonNullable<QueryResolvers["teams"]> = (_parent, { kind }, ctx) =>
  ctx.prisma.team.findMany({ where: kind ? { kind } : {}, orderBy: { name: "asc" } });
