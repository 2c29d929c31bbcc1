import { assertUuid, DataCategory } from "@silta/kernel";
import { removeFamilyMember as remove } from "../../../data/familyStore";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const removeFamilyMember: NonNullable<MutationResolvers["removeFamilyMember"]> = async (_parent, { input }, ctx) => {
  assertProfessionalOrSystem(ctx, "change families");
  const familyId = assertUuid("input.familyId", input.familyId);
  const clientId = assertUuid("input.clientId", input.clientId);
  await ctx.access.assert(clientId, DataCategory.Basic, "update");
  return remove(ctx.prisma, familyId, clientId, ctx.viewer);
};
