import { assertUuid } from "@silta/kernel";
import { updateGoals } from "../../../data/servicePlanStore";
import { goalsOf } from "../../planInput";
import { accessiblePlan } from "../../planAccess";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const updateServicePlanGoals: NonNullable<MutationResolvers["updateServicePlanGoals"]> = async (
  _parent,
  { input },
  ctx,
) => {
  assertProfessionalOrSystem(ctx, "edit the service plan");
  const planId = assertUuid("input.planId", input.planId);
  const goals = goalsOf("input.goals", input.goals);
  const plan = await accessiblePlan(ctx, planId, "update");
  return updateGoals(ctx.prisma, plan, goals, input.expectedVersion, ctx.viewer);
};
