import type { ClientsContext } from "../../context";
import { DataCategory } from "@silta/kernel";
import { assertSubject, filterSubjects } from "../subjectAccess";
import type { FamilyResolvers } from "./../types.generated";

export const Family: FamilyResolvers = {
  __resolveReference: async (reference, ctx) => {
    const family = await ctx.loaders.family.load(reference.id);
    return family && (await visibleMemberIds(family.id, ctx)).length > 0 ? family : null;
  },
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

/** A family is visible to whoever may see at least one member (or, empty, to professionals and systems). */
export async function visibleMemberIds(familyId: string, ctx: ClientsContext): Promise<string[]> {
  const members = (await ctx.loaders.membersOfFamily.load(familyId)).map((m) => m.clientId);
  if (members.length === 0) return ctx.viewer.kind === "client" ? [] : [familyId];
  const visible = await ctx.access.filterAllowed(members, DataCategory.Basic);
  return members.filter((id) => visible.has(id));
}
