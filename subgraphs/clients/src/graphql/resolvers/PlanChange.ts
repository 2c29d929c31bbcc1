import type { PlanChangeResolvers } from "./../types.generated";

export const PlanChange: PlanChangeResolvers = {
  details: (parent) => JSON.stringify(parent.details),
};
