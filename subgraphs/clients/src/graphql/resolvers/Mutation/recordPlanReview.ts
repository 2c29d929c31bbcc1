import { assertUuid } from "@silta/kernel";
import { recordReview } from "../../../data/servicePlanStore";
import { randomId } from "../../../domain/ids";
import { notAfter, optionalUuid, requiredText } from "../../../domain/inputRules";
import { accessiblePlan, withPlanSubject } from "../../planAccess";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const recordPlanReview: NonNullable<MutationResolvers["recordPlanReview"]> = async (_parent, { input }, ctx) => {
  assertProfessionalOrSystem(ctx, "edit the service plan");
  const id = optionalUuid("input.id", input.id) ?? randomId();
  const planId = assertUuid("input.planId", input.planId);
  const reviewedOn = input.reviewedOn;
  notAfter("input.reviewedOn", reviewedOn, ctx.today, "today");
  const findings = requiredText("input.findings", input.findings);
  const changes = requiredText("input.changes", input.changes);
  const plan = await accessiblePlan(ctx, planId, "update");
  return withPlanSubject(plan, await recordReview(ctx.prisma, plan, { id, reviewedOn, findings, changes }, ctx.viewer));
};
