import type { MeasurementResolvers } from "./../types.generated";

export const Measurement: MeasurementResolvers = {
  // Only scored measurements reach this type; skipped ones are SkippedMeasure.
  total: (parent) => parent.total ?? 0,
  // An empty list means the rater gave only the total.
  items: (parent) => (parent.items.length > 0 ? parent.items : null),
  // Rows from before episodes (and the scale seed's) have no derived values.
  derived: (parent) => (parent.configVersion === null ? null : parent),
  imported: (parent) => (parent.importedSource === null ? null : parent),
};
