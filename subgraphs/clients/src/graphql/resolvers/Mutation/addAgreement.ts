import { assertUuid, badUserInput } from "@silta/kernel";
import { isFamilyOf } from "../../../data/familyStore";
import { addAgreement as add } from "../../../data/servicePlanStore";
import { randomId } from "../../../domain/ids";
import { optionalUuid, requiredText } from "../../../domain/inputRules";
import { accessiblePlan, withPlanSubject } from "../../planAccess";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const addAgreement: NonNullable<MutationResolvers["addAgreement"]> = async (_parent, { input }, ctx) => {
  assertProfessionalOrSystem(ctx, "edit the service plan");
  const id = optionalUuid("input.id", input.id) ?? randomId();
  const planId = assertUuid("input.planId", input.planId);
  const concern = requiredText("input.concern", input.concern);
  const nextAction = requiredText("input.nextAction", input.nextAction);
  const responsibleProfessionalId = optionalUuid("input.responsible.professionalId", input.responsible.professionalId);
  const responsibleClientId = optionalUuid("input.responsible.familyMemberClientId", input.responsible.familyMemberClientId);
  if (!responsibleProfessionalId && !responsibleClientId)
    throw badUserInput(
      "input.responsible",
      "responsible_required",
      "Every agreement names who is responsible: input.responsible.professionalId or input.responsible.familyMemberClientId.",
    );
  if (responsibleProfessionalId && responsibleClientId)
    throw badUserInput("input.responsible", "one_responsible", "Name one responsible party: a professional or a family member.");
  const ifNotDone = requiredText("input.ifNotDone", input.ifNotDone);
  const followUp = requiredText("input.followUp", input.followUp);
  const dueOn = input.dueOn;
  if (dueOn < ctx.today) throw badUserInput("input.dueOn", "not_in_past", "input.dueOn must be today or later.");

  const plan = await accessiblePlan(ctx, planId, "update");
  if (responsibleClientId && !(await isFamilyOf(ctx.prisma, plan, responsibleClientId)))
    throw badUserInput(
      "input.responsible.familyMemberClientId",
      "family_member",
      "The responsible family member must be the client or a member of their family.",
    );
  return withPlanSubject(
    plan,
    await add(
      ctx.prisma,
      plan,
      { id, planId, concern, nextAction, responsibleProfessionalId, responsibleClientId, ifNotDone, followUp, dueOn },
      ctx.viewer,
    ),
  );
};
