import { DataCategory, notFound, type AccessAction } from "@silta/kernel";
import type { ClientsContext } from "../context";
import { assertSubject } from "./subjectAccess";

/** The plan, once the viewer's right to its subject's `service_plan` data is checked and logged. */
export async function accessiblePlan(ctx: ClientsContext, planId: string, action: AccessAction) {
  const plan = await ctx.loaders.plan.load(planId);
  if (!plan) throw notFound("Service plan", planId);
  await assertSubject(ctx, plan, DataCategory.ServicePlan, action);
  return plan;
}
