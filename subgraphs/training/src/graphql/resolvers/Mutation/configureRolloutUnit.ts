import { notFound } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { assertCanManageTraining, assertStaffOrSystem } from "../../../access";
import { configureRolloutUnit as storeUnit } from "../../../data/rolloutUnitStore";
import { throwIfProblems } from "../../../data/writeSupport";
import { Problems } from "../../../domain/problems";
import { validateRolloutUnit } from "../../../domain/validateInputs";
import type { MutationResolvers } from "./../../types.generated";

export const configureRolloutUnit: NonNullable<MutationResolvers["configureRolloutUnit"]> = idempotentMutation(
  {
    field: "configureRolloutUnit",
    idsOf: (unit) => [unit.unitId],
    replay: async ([unitId], ctx) => {
      assertStaffOrSystem(ctx.viewer);
      const unit = await ctx.prisma.rolloutUnit.findUnique({ where: { unitId: unitId! } });
      if (!unit) throw notFound("Rollout unit", unitId!);
      return unit;
    },
  },
  async (_parent, { input }, ctx) => {
    assertCanManageTraining(ctx.viewer);
    const problems = new Problems((field) => `input.${field}`);
    const valid = validateRolloutUnit(input, problems);
    throwIfProblems(problems);
    return storeUnit(ctx.prisma, ctx.viewer.id, valid!, ctx.idempotency);
  },
);
