import { assertUuid, DataCategory, idempotentMutation, notFound } from "@silta/kernel";
import { removeGuardian as remove } from "../../../data/familyStore";
import { isoDay } from "../../../domain/inputRules";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";

export const removeGuardian: NonNullable<MutationResolvers["removeGuardian"]> = idempotentMutation(
  {
    field: "removeGuardian",
    idsOf: (guardianship) => [guardianship.id],
    replay: async ([id], ctx) => {
      const guardianship = await ctx.prisma.guardianship.findUnique({ where: { id: id! } });
      if (!guardianship) throw notFound("Guardianship", id!);
      await ctx.access.assert(guardianship.childClientId, DataCategory.Basic, "read");
      return guardianship;
    },
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "record guardianship");
    const childClientId = assertUuid("input.childClientId", input.childClientId);
    const guardianClientId = assertUuid("input.guardianClientId", input.guardianClientId);
    await Promise.all([
      ctx.access.assert(childClientId, DataCategory.Basic, "update"),
      ctx.access.assert(guardianClientId, DataCategory.Basic, "update"),
    ]);
    return remove(ctx.prisma, childClientId, guardianClientId, isoDay(input.until), ctx.viewer, ctx.idempotency);
  },
);
