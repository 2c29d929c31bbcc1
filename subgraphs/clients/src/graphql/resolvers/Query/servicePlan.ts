import { assertUuid, DataCategory, noSuchRecord } from "@silta/kernel";
import { assertSubject } from "../../subjectAccess";
import type { QueryResolvers } from "./../../types.generated";

export const servicePlan: NonNullable<QueryResolvers["servicePlan"]> = async (_parent, { id }, ctx) => {
  const plan = await ctx.loaders.plan.load(assertUuid("id", id));
  // Answered as a hidden one is: an id of a record nobody has must not be told from one hidden.
  if (!plan) throw noSuchRecord(ctx.viewer, DataCategory.ServicePlan);
  await assertSubject(ctx, plan, DataCategory.ServicePlan);
  return plan;
};
