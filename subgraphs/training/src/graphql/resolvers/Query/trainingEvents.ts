import { LocalDate } from "@silta/kernel";
import { assertStaffOrSystem } from "../../../access";
import type { QueryResolvers } from "./../../types.generated";

export const trainingEvents: NonNullable<QueryResolvers["trainingEvents"]> = (_parent, { from }, ctx) => {
  assertStaffOrSystem(ctx.viewer);
  return ctx.prisma.trainingEvent.findMany({
    where: { date: { gte: LocalDate.toDb(from ?? ctx.today()) } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    take: 500,
  });
};
