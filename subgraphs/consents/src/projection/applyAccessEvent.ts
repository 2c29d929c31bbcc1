import { processOnce, type DomainEvent, type Sql } from "@silta/kernel";
import { accessChangeOf, type AccessChange, type AccessEnd, type AccessRow } from "./accessProjection";

/** The consumer group of the access projection, and its key in processed_event. */
export const ACCESS_PROJECTION_GROUP = "consents-access";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One statement per table: a later event of a row replaces the earlier (events may repeat a row). */
const UPSERT: Record<AccessRow["table"], string> = {
  access_organization: `INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1::uuid, $2)
    ON CONFLICT (organization_id) DO UPDATE SET is_county_organization = EXCLUDED.is_county_organization`,
  access_team_member: `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since, until)
    VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::date, $6::date)
    ON CONFLICT (team_id, professional_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
      role = EXCLUDED.role, since = EXCLUDED.since, until = EXCLUDED.until`,
  access_team_client: `INSERT INTO access_team_client (team_id, client_id, since, until) VALUES ($1::uuid, $2::uuid, $3::date, $4::date)
    ON CONFLICT (team_id, client_id) DO UPDATE SET since = EXCLUDED.since, until = EXCLUDED.until`,
  access_responsible_worker: `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since)
    VALUES ($1::uuid, $2::uuid, $3::uuid, $4::date)
    ON CONFLICT (client_id) DO UPDATE SET professional_id = EXCLUDED.professional_id,
      organization_id = EXCLUDED.organization_id, since = EXCLUDED.since`,
  access_client: `INSERT INTO access_client (client_id, controller_organization_id, has_non_disclosure_order, created_by)
    VALUES ($1::uuid, $2::uuid, $3, $4::uuid)
    ON CONFLICT (client_id) DO UPDATE SET controller_organization_id = EXCLUDED.controller_organization_id,
      has_non_disclosure_order = EXCLUDED.has_non_disclosure_order,
      created_by = COALESCE(access_client.created_by, EXCLUDED.created_by)`,
  access_client_relationship: `INSERT INTO access_client_relationship (relationship_id, client_id, organization_id, service_task, since, until)
    VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::date, $6::date)
    ON CONFLICT (relationship_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
      service_task = EXCLUDED.service_task, since = EXCLUDED.since, until = EXCLUDED.until`,
  access_guardianship: `INSERT INTO access_guardianship (child_client_id, guardian_client_id, since, until)
    VALUES ($1::uuid, $2::uuid, $3::date, $4::date)
    ON CONFLICT (child_client_id, guardian_client_id) DO UPDATE SET since = EXCLUDED.since, until = EXCLUDED.until`,
};

/** An ended period: the given last day, or yesterday when the event names none. */
const END: Record<AccessEnd["table"], string> = {
  access_team_member: `UPDATE access_team_member SET until = COALESCE($3::date, CURRENT_DATE - 1)
    WHERE team_id = $1::uuid AND professional_id = $2::uuid`,
  access_team_client: `UPDATE access_team_client SET until = COALESCE($3::date, CURRENT_DATE - 1)
    WHERE team_id = $1::uuid AND client_id = $2::uuid`,
  access_client_relationship: `UPDATE access_client_relationship SET until = COALESCE($2::date, CURRENT_DATE - 1) WHERE relationship_id = $1::uuid`,
  access_guardianship: `UPDATE access_guardianship SET until = COALESCE($3::date, CURRENT_DATE - 1)
    WHERE child_client_id = $1::uuid AND guardian_client_id = $2::uuid`,
};

/** A period kept when two rows of one key meet in a merge: the earlier start, the later end (open wins). */
const UNION_OF_PERIODS = `since = CASE WHEN target.since IS NULL OR EXCLUDED.since IS NULL THEN NULL ELSE LEAST(target.since, EXCLUDED.since) END,
      until = CASE WHEN target.until IS NULL OR EXCLUDED.until IS NULL THEN NULL ELSE GREATEST(target.until, EXCLUDED.until) END`;

/**
 * A merge (`client.merged`, $1 the client on record, $2 the duplicate), in this order. Where both
 * have a row that may exist once, deterministically: a team link or guardianship both have keeps the
 * union of the two periods; the client on record's responsible worker stays (else the duplicate's
 * moves: the rule of the clients and teams subgraphs); a guardianship between the two is removed
 * (nobody is their own guardian). Relationships, consents (also those the duplicate gave), bans and
 * statutory bases simply move. The duplicate's `access_client` row stays: an id the projection does
 * not know would count as a brand-new client, whose first relationship a county professional may
 * open; the clients subgraph answers the merged id as missing anyway. Every statement names both
 * parameters (the driver refuses a parameter a statement does not use).
 */
const MERGE: readonly string[] = [
  `INSERT INTO access_team_client AS target (team_id, client_id, since, until)
     SELECT team_id, $1::uuid, since, until FROM access_team_client WHERE client_id = $2::uuid
     ON CONFLICT (team_id, client_id) DO UPDATE SET ${UNION_OF_PERIODS}`,
  `DELETE FROM access_team_client WHERE client_id = $2::uuid AND $1::uuid IS NOT NULL`,
  `DELETE FROM access_responsible_worker WHERE client_id = $2::uuid
     AND EXISTS (SELECT 1 FROM access_responsible_worker WHERE client_id = $1::uuid)`,
  `UPDATE access_responsible_worker SET client_id = $1::uuid WHERE client_id = $2::uuid`,
  `UPDATE access_client_relationship SET client_id = $1::uuid WHERE client_id = $2::uuid`,
  `DELETE FROM access_guardianship WHERE (child_client_id = $2::uuid AND guardian_client_id = $1::uuid)
     OR (child_client_id = $1::uuid AND guardian_client_id = $2::uuid)`,
  `INSERT INTO access_guardianship AS target (child_client_id, guardian_client_id, since, until)
     SELECT $1::uuid, guardian_client_id, since, until FROM access_guardianship WHERE child_client_id = $2::uuid
     ON CONFLICT (child_client_id, guardian_client_id) DO UPDATE SET ${UNION_OF_PERIODS}`,
  `INSERT INTO access_guardianship AS target (child_client_id, guardian_client_id, since, until)
     SELECT child_client_id, $1::uuid, since, until FROM access_guardianship WHERE guardian_client_id = $2::uuid
     ON CONFLICT (child_client_id, guardian_client_id) DO UPDATE SET ${UNION_OF_PERIODS}`,
  `DELETE FROM access_guardianship WHERE (child_client_id = $2::uuid OR guardian_client_id = $2::uuid) AND $1::uuid IS NOT NULL`,
  `UPDATE consent SET client_id = $1::uuid WHERE client_id = $2::uuid`,
  `UPDATE consent SET given_by_client_id = $1::uuid WHERE given_by_client_id = $2::uuid`,
  `UPDATE ban SET client_id = $1::uuid WHERE client_id = $2::uuid`,
  `UPDATE statutory_basis SET client_id = $1::uuid WHERE client_id = $2::uuid`,
];

function statementsOf(change: AccessChange): { text: string; params: unknown[] }[] {
  switch (change.effect) {
    case "upsert":
      return [{ text: UPSERT[change.row.table], params: change.row.values }];
    case "end":
      return [{ text: END[change.end.table], params: [...change.end.key, change.end.until] }];
    case "merge":
      return MERGE.map((text) => ({ text, params: [change.merge.clientId, change.merge.mergedClientId] }));
  }
}

/**
 * One event of the teams or clients subgraph applied to the access projection (and, for a merge, to
 * this subgraph's consents, bans and statutory bases), at most once: the
 * event id is recorded in the same transaction as its effect, so a redelivery changes nothing.
 * Types outside the access contract are recorded and ignored; so is an event whose data no known
 * version of its contract reads (retrying it forever would stop the projection for every event
 * behind it). Returns whether the event was new.
 */
export async function applyAccessEvent(sql: Sql, event: DomainEvent): Promise<boolean> {
  if (!UUID.test(event.id)) return false;
  return sql.transaction(async (tx) => {
    if (!(await processOnce(tx, ACCESS_PROJECTION_GROUP, event))) return false;
    const projected = accessChangeOf(event);
    if (projected.outcome === "changed") {
      for (const statement of statementsOf(projected.change)) await tx.query(statement.text, statement.params);
    }
    return true;
  });
}
