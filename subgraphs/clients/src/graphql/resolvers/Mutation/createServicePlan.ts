import { badUserInput, DataCategory, notFound } from "@silta/kernel";
import { createPlan } from "../../../data/servicePlanStore";
import { randomId } from "../../../domain/ids";
import { optionalUuid } from "../../../domain/inputRules";
import { goalsOf } from "../../planInput";
import { assertSubject } from "../../subjectAccess";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const createServicePlan: NonNullable<MutationResolvers["createServicePlan"]> = async (_parent, { input }, ctx) => {
  assertProfessionalOrSystem(ctx, "create service plans");
  const id = optionalUuid("input.id", input.id) ?? randomId();
  const clientId = optionalUuid("input.clientId", input.clientId);
  const familyId = optionalUuid("input.familyId", input.familyId);
  if (!clientId === !familyId)
    throw badUserInput("input.clientId", "one_subject", "Give exactly one of input.clientId and input.familyId.");
  const goals = goalsOf("input.goals", input.goals);
  await assertSubject(ctx, { clientId, familyId }, DataCategory.ServicePlan, "create");
  if (clientId && !(await ctx.loaders.client.load(clientId))) throw notFound("Client", clientId);
  if (familyId && !(await ctx.loaders.family.load(familyId))) throw notFound("Family", familyId);
  return createPlan(ctx.prisma, { id, clientId, familyId, goals }, ctx.viewer);
};
