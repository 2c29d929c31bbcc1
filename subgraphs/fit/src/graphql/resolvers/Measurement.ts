import type { MeasurementResolvers } from "./../types.generated";
export const Measurement: MeasurementResolvers = {/* Implement Measurement resolver logic here */};
