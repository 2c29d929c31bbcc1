import { DataCategory, todayIn, type AccessDecision, type Viewer } from "@silta/kernel";
import type { ConsentsDb } from "../data/db";
import { Prisma } from "../data/prisma/client";
import { active } from "./accessFacts";
import type { AccessService } from "./AccessService";

/** One line of "who may see what of a client today". Categories in the SDL's upper case. */
export interface AccessGrantRow {
  professionalId: string | null;
  organizationId: string | null;
  teamId: string | null;
  categories: string[];
  deniedCategories: string[];
  reason: string;
  deniedReason: string | null;
  consentIds: string[];
  statutoryBasisIds: string[];
}

const ALL = Object.values(DataCategory);
const alias = { tc: Prisma.sql`tc`, tm: Prisma.sql`tm`, r: Prisma.sql`r` } as const;

/**
 * Who may see what of a client today: every party with a client relationship (the responsible worker,
 * members of the teams working with the client, organisations with an active client relationship),
 * each decided by the same rules that let data through, so the overview cannot disagree with them.
 * One decision per party: the list is short (a client's team), and it is not on the path of data.
 */
export async function accessOverview(
  db: ConsentsDb,
  service: AccessService,
  clientId: string,
  timeZone: string,
): Promise<AccessGrantRow[]> {
  const today = todayIn(timeZone);
  const parties = await db.$queryRaw<
    { professional_id: string | null; organization_id: string | null; team_id: string | null }[]
  >`
    SELECT rw.professional_id::text AS professional_id, rw.organization_id::text AS organization_id, NULL::text AS team_id
      FROM access_responsible_worker rw WHERE rw.client_id = ${clientId}::uuid
    UNION
    SELECT tm.professional_id::text, tm.organization_id::text, tm.team_id::text
      FROM access_team_client tc JOIN access_team_member tm ON tm.team_id = tc.team_id
     WHERE tc.client_id = ${clientId}::uuid AND ${active(alias.tc, today)} AND ${active(alias.tm, today)}
    UNION
    SELECT NULL::text, r.organization_id::text, NULL::text
      FROM access_client_relationship r WHERE r.client_id = ${clientId}::uuid AND ${active(alias.r, today)}`;
  const seen = new Set<string>();
  const rows: AccessGrantRow[] = [];
  for (const party of parties) {
    const key = party.professional_id ?? `organization:${party.organization_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const viewer: Viewer = {
      id: key,
      kind: "professional",
      organizationId: party.organization_id ?? undefined,
      roles: [],
      scopes: [],
    };
    const decisions = await service.decide(
      viewer,
      ALL.map((category) => ({ clientId, category, action: "read" as const })),
      today,
    );
    rows.push(grantOf(party, decisions));
  }
  return rows;
}

function grantOf(
  party: { professional_id: string | null; organization_id: string | null; team_id: string | null },
  decisions: AccessDecision[],
): AccessGrantRow {
  const allowed = decisions.map((decision, index) => [ALL[index]!, decision] as const).filter(([, d]) => d.allowed);
  const denied = decisions.map((decision, index) => [ALL[index]!, decision] as const).filter(([, d]) => !d.allowed);
  const ids = (pick: (decision: AccessDecision) => string | null | undefined) => [
    ...new Set(decisions.map(pick).filter((id): id is string => Boolean(id))),
  ];
  return {
    professionalId: party.professional_id,
    organizationId: party.organization_id,
    teamId: party.team_id ?? allowed[0]?.[1].teamId ?? null,
    categories: allowed.map(([category]) => category.toUpperCase()),
    deniedCategories: denied.map(([category]) => category.toUpperCase()),
    reason: allowed[0]?.[1].basis ?? denied[0]?.[1].basis ?? "none",
    deniedReason: denied[0]?.[1].basis ?? null,
    consentIds: ids((decision) => (decision.allowed ? decision.consentId : null)),
    statutoryBasisIds: ids((decision) => decision.statutoryBasisId),
  };
}
