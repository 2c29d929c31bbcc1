import type { AccessAction, DataCategory, ListRow } from "@silta/kernel";
import type { ClientsContext } from "../context";

/** What a concern or a plan is about: one client, or a family. */
export interface Subject {
  clientId: string | null;
  familyId: string | null;
  /**
   * The service task the data belongs to, when it carries one (a concern's `service`): a client's ban
   * of a service task's data then hides only that task's data. Without it the decision is for the
   * whole category, which such a ban covers (fail closed).
   */
  service?: string | null;
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
  if (subject.clientId) return ctx.access.assert(subject.clientId, category, action, subject.service);
  const familyId = subject.familyId!;
  // The family is read with its members, so a family nobody has costs the same statements as one.
  const [members, family] = await Promise.all([ctx.loaders.membersOfFamily.load(familyId), ctx.loaders.family.load(familyId)]);
  const memberIds = members.map((member) => member.clientId);
  if (memberIds.length === 0) {
    // A family nobody has (a create naming one, say) is refused as a hidden one is, after a decision;
    // to a client, an empty family is no family of theirs either (docs/access.md, "Records by id").
    if (ctx.viewer.kind === "client" || !family) return ctx.access.refuseMissing(familyId, category, action);
    return;
  }
  await Promise.all(memberIds.map((id) => ctx.access.assert(id, category, action, subject.service)));
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
  // One ask per service task, all in the same tick: still one decision batch for the guard.
  const byService = new Map<string | null, Set<string>>();
  for (const row of rows) {
    const ids = byService.get(row.service ?? null) ?? new Set<string>();
    for (const id of row.clientId ? [row.clientId] : (members.get(row.familyId!) ?? [])) ids.add(id);
    byService.set(row.service ?? null, ids);
  }
  const allowed = new Map(
    await Promise.all(
      [...byService].map(
        async ([service, ids]) => [service, await ctx.access.filterAllowed([...ids], category, "read", service)] as const,
      ),
    ),
  );
  return rows.filter((row) => {
    const visible = allowed.get(row.service ?? null)!;
    if (row.clientId) return visible.has(row.clientId);
    const ids = members.get(row.familyId!) ?? [];
    return ids.length === 0 ? ctx.viewer.kind !== "client" : ids.every((id) => visible.has(id));
  });
}

/**
 * A subject as a row of a list the access guard narrows (`visibleAmong`), by the rule of
 * {@link filterSubjects}: its client, or each current member of its family, for its service task. A
 * family without members holds no one's data: a row of no client for professionals and systems (so
 * visible), and for a client no row at all (null: hidden, asked about nothing).
 */
export function listRowOf(ctx: ClientsContext, subject: Subject, memberIds: readonly string[]): ListRow | null {
  const serviceTask = subject.service ?? null;
  if (subject.clientId) return { clientIds: [subject.clientId], serviceTask };
  if (memberIds.length) return { clientIds: memberIds, serviceTask };
  return ctx.viewer.kind === "client" ? null : { clientIds: [], serviceTask };
}
