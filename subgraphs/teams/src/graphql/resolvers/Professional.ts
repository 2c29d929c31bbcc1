import { DataCategory } from "@silta/kernel";
import type { ProfessionalResolvers } from "./../types.generated";
import { present } from "../present";

export const Professional: ProfessionalResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.professional.load(reference.id),
  organization: async (parent, _arg, ctx) => present(await ctx.loaders.organization.load(parent.organizationId), "organisation"),
  teams: async (parent, _arg, ctx) => {
    const memberships = await ctx.loaders.currentMembershipsOfProfessional.load(parent.id);
    const teamIds = [...new Set(memberships.map((membership) => membership.teamId))];
    return Promise.all(teamIds.map(async (id) => present(await ctx.loaders.team.load(id), "team")));
  },
  clients: async (parent, _arg, ctx) => {
    const [memberships, responsibilities] = await Promise.all([
      ctx.loaders.currentMembershipsOfProfessional.load(parent.id),
      ctx.loaders.currentResponsibilitiesOfProfessional.load(parent.id),
    ]);
    const links = await ctx.loaders.currentClientsOfTeam.loadMany([
      ...new Set(memberships.map((membership) => membership.teamId)),
    ]);
    const clientIds = new Set(responsibilities.map((assignment) => assignment.clientId));
    for (const group of links) {
      if (group instanceof Error) throw group;
      for (const link of group) clientIds.add(link.clientId);
    }
    // Who a professional works with is the clients' team data: only those the viewer may see.
    const sorted = [...clientIds].sort();
    const visible = await ctx.access.filterAllowed(sorted, DataCategory.Team);
    return sorted.filter((id) => visible.has(id)).map((id) => ({ id }));
  },
  responsibleFor: async (parent, _arg, ctx) => {
    const clientIds = (await ctx.loaders.currentResponsibilitiesOfProfessional.load(parent.id)).map((row) => row.clientId);
    const visible = await ctx.access.filterAllowed(clientIds, DataCategory.Team);
    return clientIds.filter((id) => visible.has(id)).map((id) => ({ id }));
  },
};
