import type { ClientTeamMemberResolvers } from "./../types.generated";
import { present } from "../present";

export const ClientTeamMember: ClientTeamMemberResolvers = {
  professional: async (parent, _arg, ctx) => present(await ctx.loaders.professional.load(parent.professionalId), "team member"),
  teams: async (parent, _arg, ctx) => {
    const teams = await ctx.loaders.team.loadMany(parent.teamIds);
    return teams.map((team) => {
      if (team instanceof Error) throw team;
      return present(team, "team");
    });
  },
};
