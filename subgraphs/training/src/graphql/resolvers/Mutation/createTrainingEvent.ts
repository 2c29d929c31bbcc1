import { assertCanManageTraining } from "../../../access";
import { createTrainingEvent as storeEvent } from "../../../data/trainingEventStore";
import { throwIfProblems } from "../../../data/writeSupport";
import { Problems } from "../../../domain/problems";
import { validateTrainingEvent } from "../../../domain/validateInputs";
import type { MutationResolvers } from "./../../types.generated";

export const createTrainingEvent: NonNullable<MutationResolvers["createTrainingEvent"]> = (_parent, { input }, ctx) => {
  assertCanManageTraining(ctx.viewer);
  const problems = new Problems((field) => `input.${field}`);
  const valid = validateTrainingEvent(input, problems);
  throwIfProblems(problems);
  return storeEvent(ctx.prisma, ctx.viewer.id, valid!);
};
