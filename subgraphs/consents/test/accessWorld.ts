import { randomUUID } from "node:crypto";
import type { Sql } from "@silta/kernel";

/**
 * Test scenario builder: a county with its own organisation, a city outside it, and the access
 * projection rows the teams and clients events would have produced. Every id is fresh, so tests in
 * one schema never see each other's world.
 */
export interface AccessWorld {
  county: string;
  city: string;
  socialWorker: string;
  curator: string;
  team: string;
  /** Clients on the team, with the social worker as responsible worker. */
  clients: string[];
}

export async function buildAccessWorld(sql: Sql, clientCount = 3): Promise<AccessWorld> {
  const world: AccessWorld = {
    county: randomUUID(),
    city: randomUUID(),
    socialWorker: randomUUID(),
    curator: randomUUID(),
    team: randomUUID(),
    clients: Array.from({ length: clientCount }, () => randomUUID()),
  };
  await sql.query(`INSERT INTO access_organization (organization_id, is_county_organization) VALUES ($1, true), ($2, false)`, [
    world.county,
    world.city,
  ]);
  await sql.query(
    `INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since) VALUES
       ($1, $2, $3, 'responsible_worker', '2020-01-01'), ($1, $4, $5, 'member', '2020-01-01')`,
    [world.team, world.socialWorker, world.county, world.curator, world.city],
  );
  await sql.query(`INSERT INTO access_team_client (team_id, client_id, since) SELECT $1, unnest($2::uuid[]), '2020-01-01'`, [
    world.team,
    world.clients,
  ]);
  await sql.query(
    `INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since)
     SELECT unnest($1::uuid[]), $2, $3, '2020-01-01'`,
    [world.clients, world.socialWorker, world.county],
  );
  await sql.query(`INSERT INTO access_client (client_id, controller_organization_id) SELECT unnest($1::uuid[]), $2`, [
    world.clients,
    world.county,
  ]);
  return world;
}

export async function addGuardianship(sql: Sql, child: string, guardian: string, until: string | null = null): Promise<void> {
  await sql.query(
    `INSERT INTO access_guardianship (child_client_id, guardian_client_id, since, until) VALUES ($1, $2, '2015-01-01', $3)`,
    [child, guardian, until],
  );
}

/** Access log decisions of one client or viewer, oldest first: one row per category of each entry. */
export async function logRows(sql: Sql, where: { clientId?: string; viewerId?: string }) {
  return sql.query<{
    client_id: string;
    category: string;
    action: string;
    outcome: string;
    basis: string;
    consent_id: string | null;
    source: string;
    viewer_id: string;
    request_id: string;
  }>(
    `SELECT l.client_id, i.category, i.action, i.outcome, i.basis, i.consent_id, l.source, l.viewer_id, l.request_id
       FROM access_log_entries l
       CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(l.items) AS (category text, action text, outcome text, basis text,
                                                                    "consentId" text))
            WITH ORDINALITY AS i(category, action, outcome, basis, consent_id, ord)
      WHERE ($1::text IS NULL OR l.client_id = $1) AND ($2::text IS NULL OR l.viewer_id = $2)
      ORDER BY l.id, i.ord`,
    [where.clientId ?? null, where.viewerId ?? null],
  );
}

/**
 * The access log sealer's statements, for `countStatements(database, ACCESS_LOG_SEALER_STATEMENTS)`:
 * on the sealer's own timer and not for a request, its work and its transaction's COMMIT. A decision's
 * statements run outside any transaction, so none of theirs is left out.
 */
export const ACCESS_LOG_SEALER_STATEMENTS =
  /write_xid|advisory|pg_current_snapshot|access_log_ensure_partitions|access_log_seal|^COMMIT$|^ROLLBACK$/;
