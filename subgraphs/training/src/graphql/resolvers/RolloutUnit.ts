import type { RolloutUnitResolvers } from "./../types.generated";

export const RolloutUnit: RolloutUnitResolvers = {
  /** Units are organisations until teams tells units of their own; the gateway resolves it, or gives null. */
  organization: (parent) => ({ id: parent.unitId }),
};
