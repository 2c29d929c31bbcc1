import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { addFamilyMember as add } from "../../../data/familyStore";
import { visibleFamily } from "../../familyAccess";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";
import { familyReplay } from "../../replays";

export const addFamilyMember: NonNullable<MutationResolvers["addFamilyMember"]> = idempotentMutation(
  {
    field: "addFamilyMember",
    ...familyReplay,
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "change families");
    const familyId = assertUuid("input.familyId", input.familyId);
    const clientId = assertUuid("input.clientId", input.clientId);
    await ctx.access.assert(clientId, DataCategory.Basic, "update");
    // A family the viewer may not see is refused as one nobody has, before anything is changed.
    await visibleFamily(ctx, familyId);
    const family = await add(ctx.prisma, familyId, clientId, input.relation, ctx.viewer, ctx.idempotency);
    // The check above read the members before the change: the answer lists them as they are now.
    ctx.loaders.membersOfFamily.clear(familyId);
    return family;
  },
);
