import type { SkippedMeasureResolvers } from "./../types.generated";

export const SkippedMeasure: SkippedMeasureResolvers = {
  reason: (parent) => parent.skipReason ?? "",
};
