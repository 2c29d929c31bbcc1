import type { TrainedInMonthResolvers } from "./../types.generated";
export const TrainedInMonth: TrainedInMonthResolvers = {/* Implement TrainedInMonth resolver logic here */};
