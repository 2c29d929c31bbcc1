import type { FitSessionConnectionResolvers } from "./../types.generated";
export const FitSessionConnection: FitSessionConnectionResolvers = {/* Implement FitSessionConnection resolver logic here */};
