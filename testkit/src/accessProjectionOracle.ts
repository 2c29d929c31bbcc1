import { randomUUID } from "node:crypto";
import type { DomainEvent, Sql } from "@silta/kernel";

/**
 * The teams and clients events the API would have published for the rows in those subgraphs'
 * databases, read back from the rows themselves: what the consents access projection of a seeded
 * hub must equal when it is built by the consumer, event by event. An oracle independent of the
 * seeds' own code (it knows the tables, not the generators).
 */
export async function accessEventsOfRows(teams: Sql, clients: Sql): Promise<DomainEvent[]> {
  const of = async (sql: Sql, type: string, query: string) =>
    (await sql.query<Record<string, unknown>>(query)).map((data) => envelope(type, data));
  return [
    ...(await of(
      teams,
      "organization.created",
      `SELECT id::text AS "organizationId", type::text AS type, is_county_organization AS "isCountyOrganization" FROM organization`,
    )),
    ...(await of(
      teams,
      "team.member_added",
      `SELECT m.team_id::text AS "teamId", m.professional_id::text AS "professionalId", p.organization_id::text AS "organizationId",
              m.role::text AS role, m.since::text AS since, m.until::text AS until
         FROM team_membership m JOIN professional p ON p.id = m.professional_id`,
    )),
    ...(await of(
      teams,
      "team.client_added",
      `SELECT team_id::text AS "teamId", client_id::text AS "clientId", since::text AS since, until::text AS until FROM team_client`,
    )),
    ...(await of(
      teams,
      "client.responsible_worker_assigned",
      `SELECT r.client_id::text AS "clientId", r.professional_id::text AS "professionalId", p.organization_id::text AS "organizationId",
              NULL AS "previousProfessionalId", r.since::text AS since
         FROM responsible_worker r JOIN professional p ON p.id = r.professional_id WHERE r.is_current`,
    )),
    ...(await of(
      clients,
      "client.created",
      `SELECT id::text AS "clientId", controller_organization_id::text AS "controllerOrganizationId",
              has_non_disclosure_order AS "hasNonDisclosureOrder" FROM client`,
    )),
    ...(await of(
      clients,
      "client.relationship_started",
      `SELECT client_id::text AS "clientId", id::text AS "relationshipId", organization_id::text AS "organizationId",
              service_task AS "serviceTask", since::text AS since, until::text AS until FROM client_relationship`,
    )),
    ...(await of(
      clients,
      "family.guardian_added",
      `SELECT child_client_id::text AS "childClientId", guardian_client_id::text AS "guardianClientId",
              since::text AS since, until::text AS until FROM guardianship`,
    )),
  ];
}

function envelope(type: string, data: Record<string, unknown>): DomainEvent {
  return {
    id: randomUUID(),
    type,
    source: "oracle",
    aggregateType: "",
    aggregateId: "",
    occurredAt: new Date().toISOString(),
    actorId: "system",
    schemaVersion: 2,
    data,
  };
}

/** The consents access projection's tables, each with its key (the order rows are compared in). */
export const ACCESS_PROJECTION_TABLES: Record<string, string> = {
  access_organization: "organization_id",
  access_team_member: "team_id, professional_id",
  access_team_client: "team_id, client_id",
  access_responsible_worker: "client_id",
  access_client: "client_id",
  access_client_relationship: "relationship_id",
  access_guardianship: "child_client_id, guardian_client_id",
};

/** Every row of the projection table, in key order, as JSON. */
export function accessProjectionRows(sql: Sql, table: string): Promise<unknown[]> {
  const key = ACCESS_PROJECTION_TABLES[table];
  if (!key) throw new Error(`${table} is not an access projection table`);
  return sql.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY ${key}`);
}
