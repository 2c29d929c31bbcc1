import { LocalDate } from "@silta/kernel";
import type { TrainerResolvers } from "./../types.generated";

export const Trainer: TrainerResolvers = {
  professional: (parent) => ({ id: parent.professionalId }),
  qualifiedSince: (parent) => LocalDate.fromDb(parent.qualifiedSince),
  qualifiedUntil: (parent) => LocalDate.fromDb(parent.qualifiedUntil),
};
