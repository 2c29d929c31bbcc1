import { assertUuid, DataCategory } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { addClientToTeam as add } from "../../../data/teamStore";
import { dayOf } from "../../inputs";

export const addClientToTeam: NonNullable<MutationResolvers["addClientToTeam"]> = async (_parent, { input }, ctx) => {
  const link = {
    teamId: assertUuid("input.teamId", input.teamId),
    clientId: assertUuid("input.clientId", input.clientId),
    since: dayOf(input.since),
  };
  await ctx.access.assert(link.clientId, DataCategory.Team, "create");
  return add(ctx.prisma, ctx.viewer.id, link);
};
