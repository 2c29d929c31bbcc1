import type { TargetUnitCoverageResolvers } from "./../types.generated";

export const TargetUnitCoverage: TargetUnitCoverageResolvers = {
  share: (parent) => (parent.activeStaff === 0 ? 0 : parent.trained / parent.activeStaff),
};
