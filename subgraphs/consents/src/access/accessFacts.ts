import type { ConsentsDb } from "../data/db";
import { Prisma } from "../data/prisma/client";
import type { BanFact, ClientRelationFacts, ClientViewerFacts, DisclosureGrant, ProfessionalFacts } from "../domain/accessRules";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that cannot be in the projection (it holds UUIDs only) have no facts: they are simply denied. */
export const isUuid = (value: string | undefined): value is string => value !== undefined && UUID.test(value);

/** The tables' aliases in the statements below: constant fragments, so a period's condition can name its table. */
const alias = {
  tc: Prisma.sql`tc`,
  tm: Prisma.sql`tm`,
  r: Prisma.sql`r`,
  g: Prisma.sql`g`,
  k: Prisma.sql`k`,
  s: Prisma.sql`s`,
  b: Prisma.sql`b`,
} as const;

/** Active on `day`: a period with an optional start and an optional last day. */
export const active = (table: Prisma.Sql, day: string) =>
  Prisma.sql`(${table}.since IS NULL OR ${table}.since <= ${day}::date) AND (${table}.until IS NULL OR ${table}.until >= ${day}::date)`;
const valid = (table: Prisma.Sql, day: string) =>
  Prisma.sql`${table}.valid_from <= ${day}::date AND (${table}.valid_until IS NULL OR ${table}.valid_until >= ${day}::date)`;

const lower = (categories: string[] | null) => (categories ?? []).map((category) => category.toLowerCase());

/** The client's controller, and whether the client is known or was worked with (for creating a client). */
const CREATION_FACTS = Prisma.sql`ac.controller_organization_id::text AS controller,
       ac.client_id IS NOT NULL AS known,
       ac.created_by::text AS created_by,
       (EXISTS (SELECT 1 FROM access_client_relationship r WHERE r.client_id = c.client_id)
        OR EXISTS (SELECT 1 FROM access_team_client tc WHERE tc.client_id = c.client_id)
        OR EXISTS (SELECT 1 FROM access_responsible_worker rw WHERE rw.client_id = c.client_id)) AS worked_with
     FROM c LEFT JOIN access_client ac ON ac.client_id = c.client_id`;
/** The client's controller only, looked up by its key per client (no join the planner may turn into a scan). */
const READ_FACTS = Prisma.sql`(SELECT ac.controller_organization_id::text FROM access_client ac WHERE ac.client_id = c.client_id) AS controller,
       false AS known, NULL::text AS created_by, false AS worked_with
     FROM c`;

/**
 * Everything the rules need about one professional and a batch of clients, in two statements
 * whatever the batch size: the relationships, then (only from outside the county) the consents,
 * statutory bases and bans that concern the professional's organisation or teams. `readsOnly`: the
 * batch only reads, so the facts of creating a client (whether anyone knows or worked with them) are
 * not read; they cost a scan of the projection for a large batch (a list's window, docs/decisions/0013).
 */
export async function professionalFacts(
  db: ConsentsDb,
  professionalId: string | undefined,
  organizationId: string | undefined,
  clientIds: string[],
  today: string,
  readsOnly = false,
): Promise<ProfessionalFacts> {
  const clients = clientIds.filter(isUuid);
  const professional = isUuid(professionalId) ? professionalId : null;
  const organization = isUuid(organizationId) ? organizationId : null;
  const relations = new Map<string, ClientRelationFacts>();
  const grants = new Map<string, DisclosureGrant[]>();
  const bans = new Map<string, BanFact[]>();
  if (clients.length === 0 || (!professional && !organization)) return { organizationIsCounty: false, relations, grants, bans };

  const rows = await db.$queryRaw<
    {
      client_id: string;
      responsible: boolean;
      team_id: string | null;
      relationship_id: string | null;
      controller: string | null;
      org_is_county: boolean;
      known: boolean;
      created_by: string | null;
      worked_with: boolean;
    }[]
  >`WITH c AS (SELECT DISTINCT unnest(${clients}::uuid[]) AS client_id)
     SELECT c.client_id::text AS client_id,
       EXISTS (SELECT 1 FROM access_responsible_worker rw
               WHERE rw.client_id = c.client_id AND rw.professional_id = ${professional}::uuid) AS responsible,
       (SELECT tc.team_id::text FROM access_team_client tc
          JOIN access_team_member tm ON tm.team_id = tc.team_id AND tm.professional_id = ${professional}::uuid
         WHERE tc.client_id = c.client_id AND ${active(alias.tc, today)} AND ${active(alias.tm, today)}
         ORDER BY tc.team_id LIMIT 1) AS team_id,
       (SELECT r.relationship_id::text FROM access_client_relationship r
         WHERE r.client_id = c.client_id AND r.organization_id = ${organization}::uuid AND ${active(alias.r, today)}
         ORDER BY r.relationship_id LIMIT 1) AS relationship_id,
       EXISTS (SELECT 1 FROM access_organization o
               WHERE o.organization_id = ${organization}::uuid AND o.is_county_organization) AS org_is_county,
       ${readsOnly ? READ_FACTS : CREATION_FACTS}`;
  let organizationIsCounty = false;
  for (const row of rows) {
    organizationIsCounty = row.org_is_county;
    relations.set(row.client_id, {
      responsibleWorker: row.responsible,
      teamId: row.team_id,
      relationshipId: row.relationship_id,
      controllerOrganizationId: row.controller,
      known: row.known || row.worked_with,
      createdBy: row.created_by,
      workedWith: row.worked_with,
    });
  }
  const outsideFor = rows.filter((row) => !row.org_is_county && row.controller !== organization).map((row) => row.client_id);
  if (outsideFor.length === 0) return { organizationIsCounty, relations, grants, bans };

  const lawful = await db.$queryRaw<
    {
      kind: "consent" | "statutory_basis" | "ban";
      id: string;
      client_id: string;
      categories: string[] | null;
      service_task: string | null;
    }[]
  >`SELECT 'consent' AS kind, k.id::text AS id, k.client_id::text AS client_id, k.categories::text[] AS categories,
            NULL::text AS service_task
       FROM consent k
      WHERE k.client_id = ANY(${outsideFor}::uuid[]) AND k.kind = 'SHARING' AND k.revoked_at IS NULL AND ${valid(alias.k, today)}
        AND (k.recipient_organization_id = ${organization}::uuid OR ${organization}::uuid = ANY(k.recipient_organization_ids)
             OR k.recipient_team_ids && ARRAY(SELECT tm.team_id FROM access_team_member tm
                                              WHERE tm.professional_id = ${professional}::uuid AND ${active(alias.tm, today)}))
     UNION ALL
     SELECT 'statutory_basis', s.id::text, s.client_id::text, s.categories::text[], NULL::text
       FROM statutory_basis s
      WHERE s.client_id = ANY(${outsideFor}::uuid[]) AND s.recipient_organization_id = ${organization}::uuid AND s.ended_at IS NULL
        AND ${valid(alias.s, today)}
        AND (EXISTS (SELECT 1 FROM access_organization o
                     WHERE o.organization_id = s.recorded_by_organization_id AND o.is_county_organization)
             OR EXISTS (SELECT 1 FROM access_client ac
                        WHERE ac.client_id = s.client_id AND ac.controller_organization_id = s.recorded_by_organization_id))
     UNION ALL
     SELECT 'ban', b.id::text, b.client_id::text, b.categories::text[],
            CASE WHEN b.kind = 'SERVICE_TASK' THEN b.service_task END
       FROM ban b
      WHERE b.client_id = ANY(${outsideFor}::uuid[]) AND b.lifted_at IS NULL AND ${valid(alias.b, today)}
        AND (b.organization_id IS NULL OR b.organization_id = ${organization}::uuid)`;
  for (const row of lawful) {
    if (row.kind === "ban") {
      push(bans, row.client_id, { id: row.id, categories: lower(row.categories), serviceTask: row.service_task });
    } else push(grants, row.client_id, { kind: row.kind, id: row.id, categories: lower(row.categories) });
  }
  return { organizationIsCounty, relations, grants, bans };
}

/** A client viewer's wards (children under their guardianship) and authorisations to act on behalf, in one statement. */
export async function clientViewerFacts(
  db: ConsentsDb,
  viewerId: string,
  clientIds: string[],
  today: string,
): Promise<ClientViewerFacts> {
  const wards = new Set<string>();
  const authorisations = new Map<string, DisclosureGrant[]>();
  const clients = clientIds.filter((id) => isUuid(id) && id !== viewerId);
  if (clients.length === 0) return { wards, authorisations };
  const guardian = isUuid(viewerId) ? viewerId : null;
  const rows = await db.$queryRaw<
    {
      kind: "ward" | "authorisation";
      id: string | null;
      client_id: string;
      categories: string[] | null;
    }[]
  >`SELECT 'ward' AS kind, NULL::text AS id, g.child_client_id::text AS client_id, NULL::text[] AS categories
       FROM access_guardianship g
      WHERE g.guardian_client_id = ${guardian}::uuid AND g.child_client_id = ANY(${clients}::uuid[])
        AND ${active(alias.g, today)}
     UNION ALL
     SELECT 'authorisation', k.id::text, k.client_id::text, k.categories::text[]
       FROM consent k
      WHERE k.kind = 'ACTING_ON_BEHALF' AND k.agent_id = ${viewerId} AND k.client_id = ANY(${clients}::uuid[]) AND k.revoked_at IS NULL
        AND ${valid(alias.k, today)}`;
  for (const row of rows) {
    if (row.kind === "ward") wards.add(row.client_id);
    else push(authorisations, row.client_id, { kind: "consent", id: row.id!, categories: lower(row.categories) });
  }
  return { wards, authorisations };
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether the projection knows the organisation as one of the county's (the controller's). */
export async function isCountyOrganization(db: ConsentsDb, organizationId: string): Promise<boolean> {
  if (!isUuid(organizationId)) return false;
  const organization = await db.accessOrganization.findFirst({
    where: { organizationId, isCountyOrganization: true },
    select: { organizationId: true },
  });
  return organization !== null;
}
