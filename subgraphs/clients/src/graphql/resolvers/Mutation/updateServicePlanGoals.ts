import { assertUuid } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { updateGoals } from "../../../data/servicePlanStore";
import { goalsOf } from "../../planInput";
import { accessiblePlan } from "../../planAccess";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

/** Idempotent with an Idempotency-Key: a retry is not refused as a stale version, it returns the plan. */
export const updateServicePlanGoals: NonNullable<MutationResolvers["updateServicePlanGoals"]> = idempotentMutation(
  {
    field: "updateServicePlanGoals",
    idsOf: (plan) => [plan.id],
    replay: ([planId], ctx) => accessiblePlan(ctx, planId!, "read"),
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "edit the service plan");
    const planId = assertUuid("input.planId", input.planId);
    const goals = goalsOf("input.goals", input.goals);
    const plan = await accessiblePlan(ctx, planId, "update");
    return updateGoals(ctx.prisma, plan, goals, input.expectedVersion, ctx.viewer, ctx.idempotency);
  },
);
