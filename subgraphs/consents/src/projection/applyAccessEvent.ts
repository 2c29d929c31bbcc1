import { processOnce, type DomainEvent } from "@silta/kernel";
import type { PrismaClient } from "../data/db";
import { Prisma } from "../data/prisma/client";
import { accessChangeOf, type AccessChange, type AccessEnd, type AccessRow } from "./accessProjection";

/** The consumer group of the access projection, and its key in processed_event. */
export const ACCESS_PROJECTION_GROUP = "consents-access";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statements of one change: one for an upsert (a later event of a row replaces the
 * earlier; events may repeat a row), one for an ended period (the given last day, or
 * yesterday when the event names none), several for a merge ({@link mergeOf}).
 */
function statementsOf(change: AccessChange): Prisma.Sql[] {
  switch (change.effect) {
    case "upsert":
      return [upsertOf(change.row)];
    case "end":
      return [endOf(change.end)];
    case "merge":
      return mergeOf(change.merge.clientId, change.merge.mergedClientId);
  }
}

function upsertOf(row: AccessRow): Prisma.Sql {
  switch (row.table) {
    case "access_organization": {
      const [organizationId, isCounty] = row.values;
      return Prisma.sql`INSERT INTO access_organization (organization_id, is_county_organization) VALUES (${organizationId}::uuid, ${isCounty})
    ON CONFLICT (organization_id) DO UPDATE SET is_county_organization = EXCLUDED.is_county_organization`;
    }
    case "access_team_member": {
      const [teamId, professionalId, organizationId, role, since, until] = row.values;
      return Prisma.sql`INSERT INTO access_team_member (team_id, professional_id, organization_id, role, since, until)
    VALUES (${teamId}::uuid, ${professionalId}::uuid, ${organizationId}::uuid, ${role}, ${since}::date, ${until}::date)
    ON CONFLICT (team_id, professional_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
      role = EXCLUDED.role, since = EXCLUDED.since, until = EXCLUDED.until`;
    }
    case "access_team_client": {
      const [teamId, clientId, since, until] = row.values;
      return Prisma.sql`INSERT INTO access_team_client (team_id, client_id, since, until)
    VALUES (${teamId}::uuid, ${clientId}::uuid, ${since}::date, ${until}::date)
    ON CONFLICT (team_id, client_id) DO UPDATE SET since = EXCLUDED.since, until = EXCLUDED.until`;
    }
    case "access_responsible_worker": {
      const [clientId, professionalId, organizationId, since] = row.values;
      return Prisma.sql`INSERT INTO access_responsible_worker (client_id, professional_id, organization_id, since)
    VALUES (${clientId}::uuid, ${professionalId}::uuid, ${organizationId}::uuid, ${since}::date)
    ON CONFLICT (client_id) DO UPDATE SET professional_id = EXCLUDED.professional_id,
      organization_id = EXCLUDED.organization_id, since = EXCLUDED.since`;
    }
    case "access_client": {
      const [clientId, controllerOrganizationId, hasNonDisclosureOrder, createdBy] = row.values;
      return Prisma.sql`INSERT INTO access_client (client_id, controller_organization_id, has_non_disclosure_order, created_by)
    VALUES (${clientId}::uuid, ${controllerOrganizationId}::uuid, ${hasNonDisclosureOrder}, ${createdBy}::uuid)
    ON CONFLICT (client_id) DO UPDATE SET controller_organization_id = EXCLUDED.controller_organization_id,
      has_non_disclosure_order = EXCLUDED.has_non_disclosure_order,
      created_by = COALESCE(access_client.created_by, EXCLUDED.created_by)`;
    }
    case "access_client_relationship": {
      const [relationshipId, clientId, organizationId, serviceTask, since, until] = row.values;
      return Prisma.sql`INSERT INTO access_client_relationship (relationship_id, client_id, organization_id, service_task, since, until)
    VALUES (${relationshipId}::uuid, ${clientId}::uuid, ${organizationId}::uuid, ${serviceTask}, ${since}::date, ${until}::date)
    ON CONFLICT (relationship_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
      service_task = EXCLUDED.service_task, since = EXCLUDED.since, until = EXCLUDED.until`;
    }
    case "access_guardianship": {
      const [childClientId, guardianClientId, since, until] = row.values;
      return Prisma.sql`INSERT INTO access_guardianship (child_client_id, guardian_client_id, since, until)
    VALUES (${childClientId}::uuid, ${guardianClientId}::uuid, ${since}::date, ${until}::date)
    ON CONFLICT (child_client_id, guardian_client_id) DO UPDATE SET since = EXCLUDED.since, until = EXCLUDED.until`;
    }
  }
}

function endOf(end: AccessEnd): Prisma.Sql {
  switch (end.table) {
    case "access_team_member": {
      const [teamId, professionalId] = end.key;
      return Prisma.sql`UPDATE access_team_member SET until = COALESCE(${end.until}::date, CURRENT_DATE - 1)
    WHERE team_id = ${teamId}::uuid AND professional_id = ${professionalId}::uuid`;
    }
    case "access_team_client": {
      const [teamId, clientId] = end.key;
      return Prisma.sql`UPDATE access_team_client SET until = COALESCE(${end.until}::date, CURRENT_DATE - 1)
    WHERE team_id = ${teamId}::uuid AND client_id = ${clientId}::uuid`;
    }
    case "access_client_relationship": {
      const [relationshipId] = end.key;
      return Prisma.sql`UPDATE access_client_relationship SET until = COALESCE(${end.until}::date, CURRENT_DATE - 1)
    WHERE relationship_id = ${relationshipId}::uuid`;
    }
    case "access_guardianship": {
      const [childClientId, guardianClientId] = end.key;
      return Prisma.sql`UPDATE access_guardianship SET until = COALESCE(${end.until}::date, CURRENT_DATE - 1)
    WHERE child_client_id = ${childClientId}::uuid AND guardian_client_id = ${guardianClientId}::uuid`;
    }
  }
}

/** A period kept when two rows of one key meet in a merge: the earlier start, the later end (open wins). */
const UNION_OF_PERIODS = Prisma.sql`since = CASE WHEN target.since IS NULL OR EXCLUDED.since IS NULL THEN NULL ELSE LEAST(target.since, EXCLUDED.since) END,
      until = CASE WHEN target.until IS NULL OR EXCLUDED.until IS NULL THEN NULL ELSE GREATEST(target.until, EXCLUDED.until) END`;

/**
 * A merge (`client.merged`: `record` the client on record, `duplicate` the merged one), in this order.
 * Where both have a row that may exist once, deterministically: a team link or guardianship both have
 * keeps the union of the two periods; the client on record's responsible worker stays (else the
 * duplicate's moves: the rule of the clients and teams subgraphs); a guardianship between the two is
 * removed (nobody is their own guardian). Relationships, consents (also those the duplicate gave), bans
 * and statutory bases simply move. The duplicate's `access_client` row stays, marked `merged_into`: an
 * id the projection does not know would count as a brand-new client, whose first relationship a county
 * professional may open (the clients subgraph answers the merged id as missing anyway), and the mark
 * brings the duplicate's access log entries into the person's log.
 */
function mergeOf(record: string, duplicate: string): Prisma.Sql[] {
  return [
    Prisma.sql`INSERT INTO access_team_client AS target (team_id, client_id, since, until)
     SELECT team_id, ${record}::uuid, since, until FROM access_team_client WHERE client_id = ${duplicate}::uuid
     ON CONFLICT (team_id, client_id) DO UPDATE SET ${UNION_OF_PERIODS}`,
    Prisma.sql`DELETE FROM access_team_client WHERE client_id = ${duplicate}::uuid`,
    Prisma.sql`DELETE FROM access_responsible_worker WHERE client_id = ${duplicate}::uuid
     AND EXISTS (SELECT 1 FROM access_responsible_worker WHERE client_id = ${record}::uuid)`,
    Prisma.sql`UPDATE access_responsible_worker SET client_id = ${record}::uuid WHERE client_id = ${duplicate}::uuid`,
    Prisma.sql`UPDATE access_client_relationship SET client_id = ${record}::uuid WHERE client_id = ${duplicate}::uuid`,
    Prisma.sql`DELETE FROM access_guardianship WHERE (child_client_id = ${duplicate}::uuid AND guardian_client_id = ${record}::uuid)
     OR (child_client_id = ${record}::uuid AND guardian_client_id = ${duplicate}::uuid)`,
    Prisma.sql`INSERT INTO access_guardianship AS target (child_client_id, guardian_client_id, since, until)
     SELECT ${record}::uuid, guardian_client_id, since, until FROM access_guardianship WHERE child_client_id = ${duplicate}::uuid
     ON CONFLICT (child_client_id, guardian_client_id) DO UPDATE SET ${UNION_OF_PERIODS}`,
    Prisma.sql`INSERT INTO access_guardianship AS target (child_client_id, guardian_client_id, since, until)
     SELECT child_client_id, ${record}::uuid, since, until FROM access_guardianship WHERE guardian_client_id = ${duplicate}::uuid
     ON CONFLICT (child_client_id, guardian_client_id) DO UPDATE SET ${UNION_OF_PERIODS}`,
    Prisma.sql`DELETE FROM access_guardianship WHERE child_client_id = ${duplicate}::uuid OR guardian_client_id = ${duplicate}::uuid`,
    Prisma.sql`UPDATE consent SET client_id = ${record}::uuid WHERE client_id = ${duplicate}::uuid`,
    Prisma.sql`UPDATE consent SET given_by_client_id = ${record}::uuid WHERE given_by_client_id = ${duplicate}::uuid`,
    Prisma.sql`UPDATE ban SET client_id = ${record}::uuid WHERE client_id = ${duplicate}::uuid`,
    Prisma.sql`UPDATE statutory_basis SET client_id = ${record}::uuid WHERE client_id = ${duplicate}::uuid`,
    // The person's access log gathers the entries of every id merged into the record, also of ids
    // merged into the duplicate before: the chain of merges is kept one level deep.
    Prisma.sql`UPDATE access_client SET merged_into = ${record}::uuid
     WHERE client_id = ${duplicate}::uuid OR merged_into = ${duplicate}::uuid`,
  ];
}

/**
 * One event of the teams or clients subgraph applied to the access projection (and, for a merge, to
 * this subgraph's consents, bans and statutory bases), at most once: the
 * event id is recorded in the same transaction as its effect, so a redelivery changes nothing.
 * Types outside the access contract are recorded and ignored; so is an event whose data no known
 * version of its contract reads (retrying it forever would stop the projection for every event
 * behind it). Returns whether the event was new.
 */
export async function applyAccessEvent(prisma: PrismaClient, event: DomainEvent): Promise<boolean> {
  if (!UUID.test(event.id)) return false;
  return prisma.$transaction((tx) => applyAccessEventIn(tx, event));
}

/** {@link applyAccessEvent} in the caller's transaction (a seed applying many events in one). */
export async function applyAccessEventIn(tx: Prisma.TransactionClient, event: DomainEvent): Promise<boolean> {
  if (!UUID.test(event.id)) return false;
  if (!(await processOnce(tx, ACCESS_PROJECTION_GROUP, event))) return false;
  const projected = accessChangeOf(event);
  if (projected.outcome === "changed") for (const statement of statementsOf(projected.change)) await tx.$executeRaw(statement);
  return true;
}
