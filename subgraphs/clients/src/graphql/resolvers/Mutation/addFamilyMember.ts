import { assertUuid, DataCategory, forbidden, idempotentMutation, notFound } from "@silta/kernel";
import { visibleMemberIds } from "../Family";
import { addFamilyMember as add } from "../../../data/familyStore";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const addFamilyMember: NonNullable<MutationResolvers["addFamilyMember"]> = idempotentMutation(
  {
    field: "addFamilyMember",
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
    return add(ctx.prisma, familyId, clientId, input.relation, ctx.viewer, ctx.idempotency);
  },
);
