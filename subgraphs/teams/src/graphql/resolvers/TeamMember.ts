import { LocalDate } from "@silta/kernel";
import type { TeamMemberResolvers } from "./../types.generated";
import { present } from "../present";

export const TeamMember: TeamMemberResolvers = {
  team: async (parent, _arg, ctx) => present(await ctx.loaders.team.load(parent.teamId), "team"),
  professional: async (parent, _arg, ctx) => present(await ctx.loaders.professional.load(parent.professionalId), "member"),
  since: (parent) => LocalDate.fromDb(parent.since),
  until: (parent) => LocalDate.fromDb(parent.until),
};
