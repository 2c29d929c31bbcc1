import { assertUuid, DataCategory } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { removeClientFromTeam as remove } from "../../../data/teamStore";
import { dayOf } from "../../inputs";

export const removeClientFromTeam: NonNullable<MutationResolvers["removeClientFromTeam"]> = async (_parent, { input }, ctx) => {
  const link = {
    teamId: assertUuid("input.teamId", input.teamId),
    clientId: assertUuid("input.clientId", input.clientId),
    until: dayOf(input.until),
  };
  await ctx.access.assert(link.clientId, DataCategory.Team, "update");
  return remove(ctx.prisma, ctx.viewer.id, link);
};
