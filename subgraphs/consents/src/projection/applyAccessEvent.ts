import { processOnce, type DomainEvent, type Sql } from "@silta/kernel";

/** The consumer group of the access projection, and its key in processed_event. */
export const ACCESS_PROJECTION_GROUP = "consents-access";

type Data = Record<string, unknown>;
const text = (data: Data, field: string): string | null => {
  const value = data[field];
  return typeof value === "string" && value.length > 0 ? value : null;
};
const flag = (data: Data, field: string): boolean => data[field] === true;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields without which an event cannot be applied (the keys of its projection row). */
const REQUIRED: Record<string, string[]> = {
  "organization.created": ["organizationId"],
  "organization.updated": ["organizationId"],
  "team.member_added": ["teamId", "professionalId"],
  "team.member_removed": ["teamId", "professionalId"],
  "team.client_added": ["teamId", "clientId"],
  "team.client_removed": ["teamId", "clientId"],
  "client.responsible_worker_assigned": ["clientId", "professionalId"],
  "client.created": ["clientId"],
  "client.updated": ["clientId"],
  "client.relationship_started": ["relationshipId", "clientId", "organizationId"],
  "client.relationship_ended": ["relationshipId"],
  "family.guardian_added": ["childClientId", "guardianClientId"],
  "family.guardian_removed": ["childClientId", "guardianClientId"],
};

/**
 * Whether the event can be applied: its key fields present, every id a UUID and every date an ISO
 * date (or absent). A malformed event is recorded and skipped: retrying it forever would stop the
 * projection for every event behind it.
 */
function wellFormed(type: string, data: Data, idFields: string[], dateFields: string[]): boolean {
  return (
    (REQUIRED[type] ?? []).every((field) => typeof data[field] === "string" && data[field] !== "") &&
    idFields.every((field) => data[field] === undefined || data[field] === null || UUID.test(String(data[field]))) &&
    dateFields.every((field) => data[field] === undefined || data[field] === null || DATE.test(String(data[field])))
  );
}

/**
 * One event of the teams or clients subgraph applied to the access projection, at most once: the
 * event id is recorded in the same transaction as its effect, so a redelivery changes nothing.
 * Unknown event types are recorded and ignored. Ids that are not UUIDs are ignored too: the
 * projection only ever matches UUIDs, and a malformed event must not block the stream.
 */
export async function applyAccessEvent(sql: Sql, event: DomainEvent): Promise<boolean> {
  if (!UUID.test(event.id)) return false;
  return sql.transaction(async (tx) => {
    if (!(await processOnce(tx, ACCESS_PROJECTION_GROUP, event))) return false;
    const data = (event.data ?? {}) as Data;
    const fields = Object.keys(data);
    const statement = statementOf(event.type, data, event.actorId);
    const ids = fields.filter((field) => field.endsWith("Id") && field !== "serviceTask");
    if (statement && wellFormed(event.type, data, ids, ["since", "until"])) await tx.query(statement.text, statement.params);
    return true;
  });
}

interface Statement {
  text: string;
  params: unknown[];
}

function statementOf(type: string, data: Data, actorId: string | undefined): Statement | null {
  switch (type) {
    case "organization.created":
    case "organization.updated":
      return {
        text: `INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1::uuid, $2)
               ON CONFLICT (organization_id) DO UPDATE SET is_county_organization = EXCLUDED.is_county_organization`,
        params: [text(data, "organizationId"), flag(data, "isCountyOrganization")],
      };
    case "team.member_added":
      return {
        text: `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since, until)
               VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::date, $6::date)
               ON CONFLICT (team_id, professional_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
                 role = EXCLUDED.role, since = EXCLUDED.since, until = EXCLUDED.until`,
        params: [
          text(data, "teamId"),
          text(data, "professionalId"),
          text(data, "organizationId"),
          text(data, "role"),
          text(data, "since"),
          text(data, "until"),
        ],
      };
    case "team.member_removed":
      return {
        text: `UPDATE access_team_member SET until = COALESCE($3::date, CURRENT_DATE - 1)
               WHERE team_id = $1::uuid AND professional_id = $2::uuid`,
        params: [text(data, "teamId"), text(data, "professionalId"), text(data, "until")],
      };
    case "team.client_added":
      return {
        text: `INSERT INTO access_team_client (team_id, client_id, since, until) VALUES ($1::uuid, $2::uuid, $3::date, $4::date)
               ON CONFLICT (team_id, client_id) DO UPDATE SET since = EXCLUDED.since, until = EXCLUDED.until`,
        params: [text(data, "teamId"), text(data, "clientId"), text(data, "since"), text(data, "until")],
      };
    case "team.client_removed":
      return {
        text: `UPDATE access_team_client SET until = COALESCE($3::date, CURRENT_DATE - 1)
               WHERE team_id = $1::uuid AND client_id = $2::uuid`,
        params: [text(data, "teamId"), text(data, "clientId"), text(data, "until")],
      };
    case "client.responsible_worker_assigned":
      return {
        text: `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since)
               VALUES ($1::uuid, $2::uuid, $3::uuid, $4::date)
               ON CONFLICT (client_id) DO UPDATE SET professional_id = EXCLUDED.professional_id,
                 organization_id = EXCLUDED.organization_id, since = EXCLUDED.since`,
        params: [text(data, "clientId"), text(data, "professionalId"), text(data, "organizationId"), text(data, "since")],
      };
    case "client.created":
    case "client.updated":
      // The creator is kept from client.created only (an update names no creator, and never replaces one).
      return {
        text: `INSERT INTO access_client (client_id, controller_organization_id, has_non_disclosure_order, created_by)
               VALUES ($1::uuid, $2::uuid, $3, $4::uuid)
               ON CONFLICT (client_id) DO UPDATE SET controller_organization_id = EXCLUDED.controller_organization_id,
                 has_non_disclosure_order = EXCLUDED.has_non_disclosure_order,
                 created_by = COALESCE(access_client.created_by, EXCLUDED.created_by)`,
        params: [
          text(data, "clientId"),
          text(data, "controllerOrganizationId"),
          flag(data, "hasNonDisclosureOrder"),
          type === "client.created" && actorId && UUID.test(actorId) ? actorId : null,
        ],
      };
    case "client.relationship_started":
      return {
        text: `INSERT INTO access_client_relationship (relationship_id, client_id, organization_id, service_task, since, until)
               VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::date, $6::date)
               ON CONFLICT (relationship_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
                 service_task = EXCLUDED.service_task, since = EXCLUDED.since, until = EXCLUDED.until`,
        params: [
          text(data, "relationshipId"),
          text(data, "clientId"),
          text(data, "organizationId"),
          text(data, "serviceTask"),
          text(data, "since"),
          text(data, "until"),
        ],
      };
    case "client.relationship_ended":
      return {
        text: `UPDATE access_client_relationship SET until = COALESCE($2::date, CURRENT_DATE - 1) WHERE relationship_id = $1::uuid`,
        params: [text(data, "relationshipId"), text(data, "until")],
      };
    case "family.guardian_added":
      return {
        text: `INSERT INTO access_guardianship (child_client_id, guardian_client_id, since, until)
               VALUES ($1::uuid, $2::uuid, $3::date, $4::date)
               ON CONFLICT (child_client_id, guardian_client_id) DO UPDATE SET since = EXCLUDED.since, until = EXCLUDED.until`,
        params: [text(data, "childClientId"), text(data, "guardianClientId"), text(data, "since"), text(data, "until")],
      };
    case "family.guardian_removed":
      return {
        text: `UPDATE access_guardianship SET until = COALESCE($3::date, CURRENT_DATE - 1)
               WHERE child_client_id = $1::uuid AND guardian_client_id = $2::uuid`,
        params: [text(data, "childClientId"), text(data, "guardianClientId"), text(data, "until")],
      };
    default:
      return null;
  }
}
