import { assertUuid, DataCategory } from "@silta/kernel";
import { assertSubject } from "../../subjectAccess";
import type { QueryResolvers } from "./../../types.generated";

export const servicePlan: NonNullable<QueryResolvers["servicePlan"]> = async (_parent, { id }, ctx) => {
  const plan = await ctx.loaders.plan.load(assertUuid("id", id));
  // Answered as a hidden one is, after the same work: an id nobody has must not be told from a hidden one.
  if (!plan) return ctx.access.refuseMissing(id, DataCategory.ServicePlan);
  await assertSubject(ctx, plan, DataCategory.ServicePlan);
  return plan;
};
