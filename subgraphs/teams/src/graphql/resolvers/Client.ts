import type { ClientResolvers } from "./../types.generated";
import { present } from "../present";
import { assembleClientTeam } from "../../domain/clientTeam";

// Every field is `@clientData(category: team)` in the SDL: the kernel decides and logs the viewer's
// basis before it resolves (enforceClientDataRules), so none asks the guard here.
export const Client: ClientResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  teams: async (parent, _arg, ctx) => {
    const links = await ctx.loaders.currentTeamsOfClient.load(parent.id);
    return links.map((link) => link.team);
  },
  responsibleWorker: async (parent, _arg, ctx) => {
    const [current] = await ctx.loaders.currentResponsibleWorkerOfClient.load(parent.id);
    return current ? present(await ctx.loaders.professional.load(current.professionalId), "responsible worker") : null;
  },
  responsibleWorkerHistory: (parent, _arg, ctx) => ctx.loaders.responsibleWorkerHistoryOfClient.load(parent.id),
  teamMembers: async (parent, _arg, ctx) => {
    const [links, [responsible]] = await Promise.all([
      ctx.loaders.currentTeamsOfClient.load(parent.id),
      ctx.loaders.currentResponsibleWorkerOfClient.load(parent.id),
    ]);
    const memberships = (await ctx.loaders.currentMembershipsOfTeam.loadMany(links.map((link) => link.teamId))).flatMap(
      (rows) => {
        if (rows instanceof Error) throw rows;
        return rows;
      },
    );
    return assembleClientTeam(parent.id, responsible?.professionalId ?? null, memberships);
  },
  meetings: async (parent, { kind, status }, ctx) => {
    const meetings = await ctx.loaders.meetingsOfClient.load(parent.id);
    return meetings.filter((meeting) => (!kind || meeting.kind === kind) && (!status || meeting.status === status));
  },
};
