import type { MeasurementResolvers } from "./../types.generated";

// Scores are exact decimals in the database (Prisma.Decimal); GraphQL's Float wants a JS number.
export const Measurement: MeasurementResolvers = {
  total: (parent) => parent.total.toNumber(),
  // An empty list means the rater gave only the total.
  items: (parent) => (parent.items.length > 0 ? parent.items.map((item) => item.toNumber()) : null),
};
