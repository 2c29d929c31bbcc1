import { assertUuid, DataCategory, idempotentMutation } from "@silta/kernel";
import { removeFamilyMember as remove } from "../../../data/familyStore";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";
import { familyReplay } from "../../replays";

export const removeFamilyMember: NonNullable<MutationResolvers["removeFamilyMember"]> = idempotentMutation(
  {
    field: "removeFamilyMember",
    ...familyReplay,
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "change families");
    const familyId = assertUuid("input.familyId", input.familyId);
    const clientId = assertUuid("input.clientId", input.clientId);
    await ctx.access.assert(clientId, DataCategory.Basic, "update");
    return remove(ctx.prisma, familyId, clientId, ctx.viewer, ctx.idempotency);
  },
);
