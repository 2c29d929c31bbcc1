import { assertUuid, DataCategory } from "@silta/kernel";
import { addFamilyMember as add } from "../../../data/familyStore";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const addFamilyMember: NonNullable<MutationResolvers["addFamilyMember"]> = async (_parent, { input }, ctx) => {
  assertProfessionalOrSystem(ctx, "change families");
  const familyId = assertUuid("input.familyId", input.familyId);
  const clientId = assertUuid("input.clientId", input.clientId);
  await ctx.access.assert(clientId, DataCategory.Basic, "update");
  return add(ctx.prisma, familyId, clientId, input.relation, ctx.viewer);
};
