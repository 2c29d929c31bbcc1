import { assertStaffOrSystem } from "../../../access";
import { fromIsoDate, toIsoDate } from "../../../domain/dates";
import type { QueryResolvers } from "./../../types.generated";

export const trainingEvents: NonNullable<QueryResolvers["trainingEvents"]> = (_parent, { from }, ctx) => {
  assertStaffOrSystem(ctx.viewer);
  return ctx.prisma.trainingEvent.findMany({
    where: { date: { gte: fromIsoDate(from ? toIsoDate(from) : ctx.today()) } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    take: 500,
  });
};
