import { DataCategory } from "@silta/kernel";
import { withPlanSubject } from "../planAccess";
import { assertSubject } from "../subjectAccess";
import type { ServicePlanResolvers } from "./../types.generated";

// The plan's parts are reached only through a plan whose subject was checked for `service_plan`.
export const ServicePlan: ServicePlanResolvers = {
  __resolveReference: async (reference, ctx) => {
    const plan = await ctx.loaders.plan.load(reference.id);
    // A plan nobody has is refused as a hidden one is, after the same decision (docs/access.md).
    if (!plan) return ctx.access.refuseMissing(reference.id, DataCategory.ServicePlan);
    await assertSubject(ctx, plan, DataCategory.ServicePlan);
    return plan;
  },
  client: async (parent, _arg, ctx) => {
    if (!parent.clientId) return null;
    await ctx.access.assert(parent.clientId, DataCategory.Basic);
    return ctx.loaders.client.load(parent.clientId);
  },
  family: (parent, _arg, ctx) => (parent.familyId ? ctx.loaders.family.load(parent.familyId) : null),
  agreements: async (parent, _arg, ctx) =>
    (await ctx.loaders.agreementsOfPlan.load(parent.id)).map((row) => withPlanSubject(parent, row)),
  reviews: async (parent, _arg, ctx) =>
    (await ctx.loaders.reviewsOfPlan.load(parent.id)).map((row) => withPlanSubject(parent, row)),
  history: async (parent, _arg, ctx) =>
    (await ctx.loaders.changesOfPlan.load(parent.id)).map((row) => withPlanSubject(parent, row)),
};
