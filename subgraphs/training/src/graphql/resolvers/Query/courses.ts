import type { QueryResolvers } from "./../../types.generated";

export const courses: NonNullable<QueryResolvers["courses"]> = (_parent, _arg, ctx) =>
  ctx.prisma.course.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] });
