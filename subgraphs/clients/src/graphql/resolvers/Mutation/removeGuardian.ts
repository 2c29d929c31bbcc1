import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import { removeGuardian as remove } from "../../../data/familyStore";
import type { MutationResolvers } from "./../../types.generated";
import { assertProfessionalOrSystem } from "../../professionalsOnly";
import { guardianshipReplay } from "../../replays";

export const removeGuardian: NonNullable<MutationResolvers["removeGuardian"]> = idempotentMutation(
  {
    field: "removeGuardian",
    ...guardianshipReplay,
  },
  async (_parent, { input }, ctx) => {
    assertProfessionalOrSystem(ctx, "record guardianship");
    const childClientId = assertUuid("input.childClientId", input.childClientId);
    const guardianClientId = assertUuid("input.guardianClientId", input.guardianClientId);
    await Promise.all([
      // A guardian sees all of the child's data: recording one is a grant, by whoever carries the
      // child's case (the rule of consents, docs/access.md "Who may create access").
      ctx.access.assertMayGrant(childClientId, DataCategory.Consents),
      ctx.access.assert(guardianClientId, DataCategory.Basic, "update"),
    ]);
    return remove(ctx.prisma, childClientId, guardianClientId, input.until, ctx.viewer, ctx.idempotency);
  },
);
