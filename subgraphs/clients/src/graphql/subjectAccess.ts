import { forbidden, type AccessAction, type DataCategory } from "@silta/kernel";
import type { ClientsContext } from "../context";

/** What a concern or a plan is about: one client, or a family. */
export interface Subject {
  clientId: string | null;
  familyId: string | null;
}

/**
 * Family-level data ("family first") is data about every member, so it needs the category for each
 * current member; each member's decision is logged under their own id. A family without members
 * holds no one's data, but only professionals and systems may see it.
 */
export async function assertSubject(
  ctx: ClientsContext,
  subject: Subject,
  category: DataCategory,
  action: AccessAction = "read",
) {
  if (subject.clientId) return ctx.access.assert(subject.clientId, category, action);
  const memberIds = (await ctx.loaders.membersOfFamily.load(subject.familyId!)).map((member) => member.clientId);
  if (memberIds.length === 0) {
    if (ctx.viewer.kind === "client") throw forbidden("A family's data is for its members' professionals.", { category });
    return;
  }
  await Promise.all(memberIds.map((id) => ctx.access.assert(id, category, action)));
}

/** The subjects the viewer may see in a category, decided and logged as one batch. */
export async function filterSubjects<Row extends Subject>(
  ctx: ClientsContext,
  rows: Row[],
  category: DataCategory,
): Promise<Row[]> {
  const familyIds = [...new Set(rows.filter((row) => !row.clientId).map((row) => row.familyId!))];
  const members = new Map(
    await Promise.all(
      familyIds.map(async (id) => [id, (await ctx.loaders.membersOfFamily.load(id)).map((m) => m.clientId)] as const),
    ),
  );
  const clientIds = new Set(rows.flatMap((row) => (row.clientId ? [row.clientId] : (members.get(row.familyId!) ?? []))));
  const allowed = await ctx.access.filterAllowed([...clientIds], category);
  return rows.filter((row) => {
    if (row.clientId) return allowed.has(row.clientId);
    const ids = members.get(row.familyId!) ?? [];
    return ids.length === 0 ? ctx.viewer.kind !== "client" : ids.every((id) => allowed.has(id));
  });
}
