import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import type { MutationResolvers } from "./../../types.generated";
import { removeClientFromTeam as remove } from "../../../data/teamStore";
import { teamOfClientReplay } from "../../replays";

/** Idempotent with an Idempotency-Key: a late retry does not end a period begun since. */
export const removeClientFromTeam: NonNullable<MutationResolvers["removeClientFromTeam"]> = idempotentMutation(
  {
    field: "removeClientFromTeam",
    ...teamOfClientReplay,
  },
  async (_parent, { input }, ctx) => {
    const link = {
      teamId: assertUuid("input.teamId", input.teamId),
      clientId: assertUuid("input.clientId", input.clientId),
      until: input.until,
    };
    await ctx.access.assertMayGrant(link.clientId, DataCategory.Team);
    return remove(ctx.prisma, ctx.viewer.id, link, ctx.idempotency);
  },
);
