import type { QueryResolvers } from "./../../types.generated";

export const organizations: NonNullable<QueryResolvers["organizations"]> = (_parent, _arg, ctx) =>
  ctx.prisma.organization.findMany({ orderBy: { name: "asc" } });
