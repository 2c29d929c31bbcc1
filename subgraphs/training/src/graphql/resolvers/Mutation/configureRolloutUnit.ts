import { assertCanManageTraining } from "../../../access";
import { configureRolloutUnit as storeUnit } from "../../../data/rolloutUnitStore";
import { throwIfProblems } from "../../../data/writeSupport";
import { Problems } from "../../../domain/problems";
import { validateRolloutUnit } from "../../../domain/validateInputs";
import type { MutationResolvers } from "./../../types.generated";

export const configureRolloutUnit: NonNullable<MutationResolvers["configureRolloutUnit"]> = (_parent, { input }, ctx) => {
  assertCanManageTraining(ctx.viewer);
  const problems = new Problems((field) => `input.${field}`);
  const valid = validateRolloutUnit(input, problems);
  throwIfProblems(problems);
  return storeUnit(ctx.prisma, ctx.viewer.id, valid!);
};
