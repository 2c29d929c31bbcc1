import { LocalDate } from "@silta/kernel";
import { assertStaffOrSystem } from "../../../access";
import type { QueryResolvers } from "./../../types.generated";

/** The trainers qualified on the day (default today). */
export const trainers: NonNullable<QueryResolvers["trainers"]> = (_parent, { on }, ctx) => {
  assertStaffOrSystem(ctx.viewer);
  const day = LocalDate.toDb(on ?? ctx.today());
  return ctx.prisma.trainer.findMany({
    where: { qualifiedSince: { lte: day }, OR: [{ qualifiedUntil: null }, { qualifiedUntil: { gte: day } }] },
    orderBy: { professionalId: "asc" },
  });
};
