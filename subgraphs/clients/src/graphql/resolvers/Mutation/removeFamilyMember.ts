import { assertUuid, DataCategory, forbidden, idempotentMutation, notFound } from "@silta/kernel";
import { visibleMemberIds } from "../Family";
import { removeFamilyMember as remove } from "../../../data/familyStore";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const removeFamilyMember: NonNullable<MutationResolvers["removeFamilyMember"]> = idempotentMutation(
  {
    field: "removeFamilyMember",
    idsOf: (family) => [family.id],
    replay: async ([id], ctx) => {
      const family = await ctx.loaders.family.load(id!);
      if (!family) throw notFound("Family", id!);
      if ((await visibleMemberIds(family.id, ctx)).length === 0)
        throw forbidden("You may see none of this family's members.", { category: "basic" });
      return family;
    },
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "change families");
    const familyId = assertUuid("input.familyId", input.familyId);
    const clientId = assertUuid("input.clientId", input.clientId);
    await ctx.access.assert(clientId, DataCategory.Basic, "update");
    return remove(ctx.prisma, familyId, clientId, ctx.viewer, ctx.idempotency);
  },
);
