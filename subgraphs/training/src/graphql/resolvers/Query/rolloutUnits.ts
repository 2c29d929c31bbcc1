import { assertStaffOrSystem } from "../../../access";
import type { QueryResolvers } from "./../../types.generated";

export const rolloutUnits: NonNullable<QueryResolvers["rolloutUnits"]> = (_parent, _arg, ctx) => {
  assertStaffOrSystem(ctx.viewer);
  return ctx.prisma.rolloutUnit.findMany({ orderBy: [{ service: "asc" }, { unitId: "asc" }] });
};
