import type { TrainingCompletionResolvers } from "./../types.generated";
export const TrainingCompletion: TrainingCompletionResolvers = {/* Implement TrainingCompletion resolver logic here */};
