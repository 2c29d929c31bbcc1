import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { removeFamilyMember as remove } from "../../../data/familyStore";
import { visibleFamily } from "../../familyAccess";
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
    // A family the viewer may not see is refused as one nobody has, before anything is changed.
    await visibleFamily(ctx, familyId);
    const family = await remove(ctx.prisma, familyId, clientId, ctx.viewer, ctx.idempotency);
    // The check above read the members before the change: the answer lists them as they are now.
    ctx.loaders.membersOfFamily.clear(familyId);
    return family;
  },
);
