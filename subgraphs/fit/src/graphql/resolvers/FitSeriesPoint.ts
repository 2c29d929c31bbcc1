import type { FitSeriesPointResolvers } from "./../types.generated";
export const FitSeriesPoint: FitSeriesPointResolvers = {/* Implement FitSeriesPoint resolver logic here */};
