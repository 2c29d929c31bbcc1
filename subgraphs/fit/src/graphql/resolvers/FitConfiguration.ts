import type { FitConfigurationResolvers } from "./../types.generated";
export const FitConfiguration: FitConfigurationResolvers = {/* Implement FitConfiguration resolver logic here */};
