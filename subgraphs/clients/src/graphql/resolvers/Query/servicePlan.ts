import { assertUuid, DataCategory } from "@silta/kernel";
import { assertSubject } from "../../subjectAccess";
import type { QueryResolvers } from "./../../types.generated";

export const servicePlan: NonNullable<QueryResolvers["servicePlan"]> = async (_parent, { id }, ctx) => {
  const plan = await ctx.loaders.plan.load(assertUuid("id", id));
  if (!plan) return null;
  await assertSubject(ctx, plan, DataCategory.ServicePlan);
  return plan;
};
