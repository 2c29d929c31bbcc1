import { assertStaffOrSystem } from "../../../access";
import type { QueryResolvers } from "./../../types.generated";

export const trainingRollout: NonNullable<QueryResolvers["trainingRollout"]> = (_parent, _arg, ctx) => {
  assertStaffOrSystem(ctx.viewer);
  return {};
};
