import { DataCategory, type AccessAction } from "@silta/kernel";
import type { ClientsContext } from "../context";
import { assertSubject, type Subject } from "./subjectAccess";

/** The plan, once the viewer's right to its subject's `service_plan` data is checked and logged. */
export async function accessiblePlan(ctx: ClientsContext, planId: string, action: AccessAction) {
  const plan = await ctx.loaders.plan.load(planId);
  if (!plan) return ctx.access.refuseMissing(planId, DataCategory.ServicePlan, action);
  await assertSubject(ctx, plan, DataCategory.ServicePlan, action);
  return plan;
}

/** A part of a plan (agreement, review, change) carrying its plan's subject, which `@clientData` decides. */
export type PlanPart<Row> = Row & { clientId: string | null; familyId: string | null };

/** The row with its plan's client or family, so the kernel decides its fields for the plan's subject. */
export function withPlanSubject<Row extends object>(plan: Subject, row: Row): PlanPart<Row> {
  return { ...row, clientId: plan.clientId, familyId: plan.familyId };
}
