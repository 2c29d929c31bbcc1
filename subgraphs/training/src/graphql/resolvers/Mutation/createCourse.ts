import { assertCanManageTraining } from "../../../access";
import { createCourse as storeCourse } from "../../../data/courseStore";
import { throwIfProblems } from "../../../data/writeSupport";
import { Problems } from "../../../domain/problems";
import { validateCourse } from "../../../domain/validateInputs";
import type { MutationResolvers } from "./../../types.generated";

export const createCourse: NonNullable<MutationResolvers["createCourse"]> = (_parent, { input }, ctx) => {
  assertCanManageTraining(ctx.viewer);
  const problems = new Problems((field) => `input.${field}`);
  const valid = validateCourse(input, problems);
  throwIfProblems(problems);
  return storeCourse(ctx.prisma, ctx.viewer.id, valid!);
};
