import { assertUuid, DataCategory, idempotentMutation } from "@silta/kernel";
import { addFamilyMember as add } from "../../../data/familyStore";
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
    return add(ctx.prisma, familyId, clientId, input.relation, ctx.viewer, ctx.idempotency);
  },
);
