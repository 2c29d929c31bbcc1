import { processOnce, type DomainEvent } from "@silta/kernel";
import type { PrismaClient } from "../data/db";
import { Prisma } from "../data/prisma/client";
import { accessChangeOf, type AccessChange, type AccessEnd, type AccessRow } from "./accessProjection";

/** The consumer group of the access projection, and its key in processed_event. */
export const ACCESS_PROJECTION_GROUP = "consents-access";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement of one change: one per table for an upsert (a later event of a row replaces the
 * earlier; events may repeat a row), and one per table for an ended period (the given last day, or
 * yesterday when the event names none).
 */
function statementOf(change: AccessChange): Prisma.Sql {
  return change.effect === "upsert" ? upsertOf(change.row) : endOf(change.end);
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

/**
 * One event of the teams or clients subgraph applied to the access projection, at most once: the
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
  if (projected.outcome === "changed") await tx.$executeRaw(statementOf(projected.change));
  return true;
}
