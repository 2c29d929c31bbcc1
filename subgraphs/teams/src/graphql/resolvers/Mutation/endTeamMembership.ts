import { assertUuid } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import type { MutationResolvers } from "./../../types.generated";
import { endTeamMembership as end } from "../../../data/teamStore";
import { teamMembershipReplay } from "../../replays";

/** Idempotent with an Idempotency-Key: a late retry is not refused because the membership ended since. */
export const endTeamMembership: NonNullable<MutationResolvers["endTeamMembership"]> = idempotentMutation(
  {
    field: "endTeamMembership",
    ...teamMembershipReplay,
  },
  async (_parent, { input }, ctx) =>
    end(
      ctx.prisma,
      ctx.viewer,
      { membershipId: assertUuid("input.membershipId", input.membershipId), until: input.until },
      ctx.today,
      ctx.idempotency,
    ),
);
