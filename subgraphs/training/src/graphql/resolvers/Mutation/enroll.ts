import { assertCanManageTraining } from "../../../access";
import { enroll as storeEnrollment } from "../../../data/trainingEventStore";
import { throwIfProblems } from "../../../data/writeSupport";
import { Problems } from "../../../domain/problems";
import { validateEnroll } from "../../../domain/validateInputs";
import type { MutationResolvers } from "./../../types.generated";

export const enroll: NonNullable<MutationResolvers["enroll"]> = (_parent, { input }, ctx) => {
  assertCanManageTraining(ctx.viewer);
  const problems = new Problems((field) => `input.${field}`);
  const valid = validateEnroll(input, problems);
  throwIfProblems(problems);
  return storeEnrollment(ctx.prisma, ctx.viewer.id, valid!);
};
