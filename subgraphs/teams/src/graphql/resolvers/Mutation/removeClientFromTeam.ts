import { assertUuid, DataCategory, idempotentMutation, notFound } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { removeClientFromTeam as remove } from "../../../data/teamStore";
import { dayOf } from "../../inputs";

/** Idempotent with an Idempotency-Key: a late retry does not end a period begun since. */
export const removeClientFromTeam: NonNullable<MutationResolvers["removeClientFromTeam"]> = idempotentMutation(
  {
    field: "removeClientFromTeam",
    // The store stores [team, client] (the client for the replay's access check); this is the fallback only.
    idsOf: (team) => [team.id],
    replay: async ([teamId, clientId], ctx) => {
      await ctx.access.assert(clientId!, DataCategory.Team);
      const team = await ctx.loaders.team.load(teamId!);
      if (!team) throw notFound("Team", teamId!);
      return team;
    },
  },
  async (_parent, { input }, ctx) => {
    const link = {
      teamId: assertUuid("input.teamId", input.teamId),
      clientId: assertUuid("input.clientId", input.clientId),
      until: dayOf(input.until),
    };
    await ctx.access.assertMayGrant(link.clientId, DataCategory.Team);
    return remove(ctx.prisma, ctx.viewer.id, link, ctx.idempotency);
  },
);
