import type { TrainingCompletionResolvers } from "./../types.generated";

/** Every field is on the row; the course comes included by the loader. */
export const TrainingCompletion: TrainingCompletionResolvers = {};
