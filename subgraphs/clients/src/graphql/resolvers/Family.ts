import { DataCategory } from "@silta/kernel";
import { assertSubject, filterSubjects } from "../subjectAccess";
import { visibleFamily } from "../familyAccess";
import type { FamilyResolvers } from "./../types.generated";

export const Family: FamilyResolvers = {
  // A family nobody has and a hidden one are refused alike, as `family(id)` refuses them.
  __resolveReference: (reference, ctx) => visibleFamily(ctx, reference.id),
  members: async (parent, _arg, ctx) => {
    const members = await ctx.loaders.membersOfFamily.load(parent.id);
    const visible = await ctx.access.filterAllowed(
      members.map((m) => m.clientId),
      DataCategory.Basic,
    );
    return members.filter((m) => visible.has(m.clientId));
  },
  guardianships: async (parent, _arg, ctx) => {
    const members = (await ctx.loaders.membersOfFamily.load(parent.id)).map((m) => m.clientId);
    const visible = await ctx.access.filterAllowed(members, DataCategory.Basic);
    const memberSet = new Set(members);
    const rows = (await Promise.all([...visible].map((id) => ctx.loaders.guardiansOfChild.load(id)))).flat();
    return rows.filter((row) => memberSet.has(row.guardianClientId) && visible.has(row.guardianClientId));
  },
  concerns: async (parent, { status }, ctx) => {
    const members = (await ctx.loaders.membersOfFamily.load(parent.id)).map((m) => m.clientId);
    const own = await ctx.loaders.concernsOfFamily.load(parent.id);
    const ofMembers = (await Promise.all(members.map((id) => ctx.loaders.concernsOfClient.load(id)))).flat();
    const all = [...own, ...ofMembers]
      .filter((row) => !status?.length || status.includes(row.status))
      .sort((a, b) => b.raisedOn.getTime() - a.raisedOn.getTime() || b.raisedAt.getTime() - a.raisedAt.getTime());
    return filterSubjects(ctx, all, DataCategory.Concerns);
  },
  servicePlan: async (parent, _arg, ctx) => {
    await assertSubject(ctx, { clientId: null, familyId: parent.id }, DataCategory.ServicePlan);
    return ctx.loaders.planOfFamily.load(parent.id);
  },
};
