import type { FitSeriesResolvers } from "./../types.generated";
export const FitSeries: FitSeriesResolvers = {/* Implement FitSeries resolver logic here */};
