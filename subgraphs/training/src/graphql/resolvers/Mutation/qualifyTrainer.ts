import { notFound } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { assertCanManageTraining, assertStaffOrSystem } from "../../../access";
import { qualifyTrainer as storeTrainer } from "../../../data/trainerStore";
import { throwIfProblems } from "../../../data/writeSupport";
import { Problems } from "../../../domain/problems";
import { validateTrainer } from "../../../domain/validateInputs";
import type { MutationResolvers } from "./../../types.generated";

export const qualifyTrainer: NonNullable<MutationResolvers["qualifyTrainer"]> = idempotentMutation(
  {
    field: "qualifyTrainer",
    idsOf: (trainer) => [trainer.professionalId],
    replay: async ([professionalId], ctx) => {
      assertStaffOrSystem(ctx.viewer);
      const trainer = await ctx.prisma.trainer.findUnique({ where: { professionalId: professionalId! } });
      if (!trainer) throw notFound("Trainer", professionalId!);
      return trainer;
    },
  },
  async (_parent, { input }, ctx) => {
    assertCanManageTraining(ctx.viewer);
    const problems = new Problems((field) => `input.${field}`);
    const valid = validateTrainer(
      {
        professionalId: input.professionalId,
        qualifiedSince: input.qualifiedSince,
        qualifiedUntil: input.qualifiedUntil ?? null,
      },
      problems,
    );
    throwIfProblems(problems);
    return storeTrainer(ctx.prisma, ctx.viewer.id, valid!, ctx.idempotency);
  },
);
