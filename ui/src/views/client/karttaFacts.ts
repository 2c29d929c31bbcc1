/**
 * Plain-language facts for Kartta, the client's view, computed from what the API returns: who read
 * my data, which consents are in force, which children I may see as a guardian. Pure, so the rules
 * are tested without a page.
 */

/** An access log entry as Kartta asks for it (KarttaAccessLog). */
export interface AccessEntry {
  at: string;
  viewerId: string;
  viewerKind: string;
  organizationId: string | null;
  category: string;
  action: string;
  purpose: string | null;
  basis: string;
  outcome: string;
}

export interface KnownProfessional {
  id: string;
  firstName: string;
  lastName: string;
  profession: string;
}

/** Who read: me, a named member of my team, a professional of a named organisation, or a system. */
export type Reader =
  | { kind: "me" }
  | { kind: "teamMember"; name: string; profession: string }
  | { kind: "professional"; organization: string | undefined }
  | { kind: "guardian" }
  | { kind: "system"; name: string }
  | { kind: "someone" };

/**
 * Names the reader as well as the client can know them: their own team is named (they know them),
 * anyone else by their organisation only (the log holds no other person's name).
 */
export function readerOf(
  entry: AccessEntry,
  me: string,
  team: readonly KnownProfessional[],
  organizations: ReadonlyMap<string, string>,
): Reader {
  if (entry.viewerId === me) return { kind: "me" };
  if (entry.viewerKind === "client") return { kind: "guardian" };
  if (entry.viewerKind === "system") return { kind: "system", name: entry.viewerId };
  if (entry.viewerKind !== "professional") return { kind: "someone" };
  const member = team.find((professional) => professional.id === entry.viewerId);
  if (member) return { kind: "teamMember", name: `${member.firstName} ${member.lastName}`, profession: member.profession };
  return {
    kind: "professional",
    organization: entry.organizationId ? organizations.get(entry.organizationId) : undefined,
  };
}

/** The data categories a client can give consent for, in the order the form lists them. */
export const CONSENT_CATEGORIES = ["BASIC", "CONTACT", "TEAM", "SERVICE_PLAN", "CONCERNS", "FIT"] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

/**
 * Today's date where the county is (YYYY-MM-DD in Europe/Helsinki): the hub decides consents by the
 * county's day, and a browser's UTC date is yesterday for two or three hours after midnight.
 */
export function countyToday(now: Date = new Date(), timeZone = "Europe/Helsinki"): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
    now,
  );
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export interface FamilyOfClient {
  relation: string;
  family: { members: readonly { relation: string; client: { id: string; firstName: string | null } }[] };
}

/** The children whose Kartta a guardian may open: the CHILD members of the families where they are GUARDIAN. */
export function childrenOf(
  families: readonly FamilyOfClient[] | null | undefined,
  me: string,
): { id: string; firstName: string | null }[] {
  const children = new Map<string, { id: string; firstName: string | null }>();
  for (const membership of families ?? []) {
    if (membership.relation !== "GUARDIAN") continue;
    for (const member of membership.family.members) {
      if (member.relation === "CHILD" && member.client.id !== me) children.set(member.client.id, member.client);
    }
  }
  return [...children.values()];
}
