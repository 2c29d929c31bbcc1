import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { setAgreementStatus as set } from "../../../data/servicePlanStore";
import { accessiblePlan, withPlanSubject } from "../../planAccess";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

/** Idempotent with an Idempotency-Key: a late retry does not undo a status set since. */
export const setAgreementStatus: NonNullable<MutationResolvers["setAgreementStatus"]> = idempotentMutation(
  {
    field: "setAgreementStatus",
    idsOf: (agreement) => [agreement.id],
    replay: async ([agreementId], ctx) => {
      const agreement = await ctx.prisma.agreement.findUnique({ where: { id: agreementId! } });
      if (!agreement) return ctx.access.refuseMissing(agreementId!, DataCategory.ServicePlan);
      return withPlanSubject(await accessiblePlan(ctx, agreement.planId, "read"), agreement);
    },
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "edit the service plan");
    const agreementId = assertUuid("input.agreementId", input.agreementId);
    const agreement = await ctx.prisma.agreement.findUnique({ where: { id: agreementId } });
    if (!agreement) return ctx.access.refuseMissing(agreementId, DataCategory.ServicePlan, "update");
    const plan = await accessiblePlan(ctx, agreement.planId, "update");
    return withPlanSubject(plan, await set(ctx.prisma, plan, agreement, input.status, ctx.viewer, ctx.idempotency));
  },
);
