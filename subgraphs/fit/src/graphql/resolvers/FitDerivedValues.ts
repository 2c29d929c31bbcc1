import type { FitDerivedValuesResolvers } from "./../types.generated";

export const FitDerivedValues: FitDerivedValuesResolvers = {
  configurationVersion: (parent) => parent.configVersion ?? 0,
};
