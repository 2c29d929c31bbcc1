import { DataCategory, noSuchRecord } from "@silta/kernel";
import type { ClientsContext } from "../context";

/**
 * The family, once the viewer may see one of its members (an empty one: a professional or a
 * system). A family nobody has and one of whose members the viewer may see none are refused
 * alike, with the same FORBIDDEN after the same statements and one decision call each, so a family id
 * cannot be probed (docs/access.md, "Records by id" and "Timing"). An empty family holds no one's data: to a client it is a family
 * nobody has.
 */
export async function visibleFamily(ctx: ClientsContext, familyId: string) {
  // The family and its members are read together, so a family nobody has costs the same statements.
  const [family] = await Promise.all([ctx.loaders.family.load(familyId), ctx.loaders.membersOfFamily.load(familyId)]);
  if (!family) return ctx.access.refuseMissing(familyId, DataCategory.Basic);
  const visible = await visibleMemberIds(familyId, ctx);
  if (visible.length > 0) return family;
  if (ctx.viewer.kind === "client" && (await ctx.loaders.membersOfFamily.load(familyId)).length === 0)
    return ctx.access.refuseMissing(familyId, DataCategory.Basic);
  throw noSuchRecord(ctx.viewer, DataCategory.Basic);
}

/** A family is visible to whoever may see at least one member (or, empty, to professionals and systems). */
export async function visibleMemberIds(familyId: string, ctx: ClientsContext): Promise<string[]> {
  const members = (await ctx.loaders.membersOfFamily.load(familyId)).map((m) => m.clientId);
  if (members.length === 0) return ctx.viewer.kind === "client" ? [] : [familyId];
  const visible = await ctx.access.filterAllowed(members, DataCategory.Basic);
  return members.filter((id) => visible.has(id));
}
