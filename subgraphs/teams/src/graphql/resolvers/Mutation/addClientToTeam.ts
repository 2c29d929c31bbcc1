import { assertUuid, DataCategory } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import type { MutationResolvers } from "./../../types.generated";
import { addClientToTeam as add } from "../../../data/teamStore";
import { teamOfClientReplay } from "../../replays";

/** Idempotent with an Idempotency-Key: a late retry does not bring back a client removed since. */
export const addClientToTeam: NonNullable<MutationResolvers["addClientToTeam"]> = idempotentMutation(
  {
    field: "addClientToTeam",
    ...teamOfClientReplay,
  },
  async (_parent, { input }, ctx) => {
    const link = {
      teamId: assertUuid("input.teamId", input.teamId),
      clientId: assertUuid("input.clientId", input.clientId),
      since: input.since,
    };
    // Linking a client gives every member of the team access: a grant (a referral to another team,
    // an area team say, is one too, so the team need not be the linker's own).
    await ctx.access.assertMayGrant(link.clientId, DataCategory.Team);
    return add(ctx.prisma, ctx.viewer.id, link, ctx.idempotency);
  },
);
