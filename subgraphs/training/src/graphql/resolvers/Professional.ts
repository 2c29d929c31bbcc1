import { LocalDate } from "@silta/kernel";
import { highestFitTrainingLevel } from "../../domain/highestFitTrainingLevel";
import { isQualifiedOn } from "../../domain/trainerQualification";
import type { ProfessionalResolvers } from "./../types.generated";

/** A professional's training record is staff data, not client data: no access check. */
export const Professional: ProfessionalResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  trainings: (parent, _arg, ctx) => ctx.loaders.completionsOfProfessional.load(parent.id),
  fitTrainingLevel: async (parent, _arg, ctx) => {
    const completions = await ctx.loaders.completionsOfProfessional.load(parent.id);
    return highestFitTrainingLevel(completions.map((completion) => completion.course.level));
  },
  isFitTrainer: async (parent, _arg, ctx) => {
    const [trainer] = await ctx.loaders.trainerOfProfessional.load(parent.id);
    return isQualifiedOn(
      trainer && {
        qualifiedSince: LocalDate.fromDb(trainer.qualifiedSince),
        qualifiedUntil: LocalDate.fromDb(trainer.qualifiedUntil),
      },
      ctx.today(),
    );
  },
};
