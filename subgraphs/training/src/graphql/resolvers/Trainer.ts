import type { TrainerResolvers } from "./../types.generated";

export const Trainer: TrainerResolvers = {
  professional: (parent) => ({ id: parent.professionalId }),
};
