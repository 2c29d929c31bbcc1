import { assertCanManageTraining } from "../../../access";
import { recordCompletion as storeCompletion } from "../../../data/completionStore";
import { throwIfProblems } from "../../../data/writeSupport";
import { Problems } from "../../../domain/problems";
import { validateCompletion } from "../../../domain/validateInputs";
import type { MutationResolvers } from "./../../types.generated";

export const recordCompletion: NonNullable<MutationResolvers["recordCompletion"]> = async (_parent, { input }, ctx) => {
  assertCanManageTraining(ctx.viewer);
  const today = ctx.today();
  const problems = new Problems((field) => `input.${field}`);
  const valid = validateCompletion({ ...input, completedOn: input.completedOn ?? null }, today, problems);
  throwIfProblems(problems);
  return (await storeCompletion(ctx.prisma, ctx.viewer.id, valid!, today)).completion;
};
