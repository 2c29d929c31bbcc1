import { badUserInput, changedFieldNames, notFound, recordEvent } from "@silta/kernel";
import { type IdempotencyClaim, retryOnceOnUniqueViolation, sameOrConflict, withIdempotency } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import type { OrganizationType, TeamKind } from "./prisma/enums";
import { organizationEvent, professionalEvent, teamCreated } from "./events";

/** Organisations, professionals and teams: the register the client teams are built from. */

/** An update that changes nothing writes nothing and publishes nothing, so a retried update is harmless. */
function unchanged<Row extends object>(row: Row, changes: Partial<Row>): boolean {
  return Object.entries(changes).every(([key, value]) => row[key as keyof Row] === value);
}

export interface OrganizationFields {
  name: string;
  type: OrganizationType;
  businessId: string | null;
  isCountyOrganization: boolean;
}

export function createOrganization(prisma: PrismaClient, actorId: string, id: string, fields: OrganizationFields) {
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction(async (tx) => {
      const existing = await tx.organization.findUnique({ where: { id } });
      if (existing) return sameOrConflict("Organisation", existing.id, existing, { ...existing }, { ...fields });
      const organization = await tx.organization.create({ data: { id, ...fields } });
      await recordEvent(tx, organizationEvent("organization.created", actorId, organization));
      return organization;
    }),
  );
}

export function updateOrganization(
  prisma: PrismaClient,
  actorId: string,
  id: string,
  changes: Partial<OrganizationFields>,
  claim?: IdempotencyClaim,
) {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const existing = await tx.organization.findUnique({ where: { id } });
        if (!existing) throw notFound("Organization", id);
        if (unchanged(existing, changes)) return existing;
        const organization = await tx.organization.update({ where: { id }, data: changes });
        await recordEvent(tx, {
          ...organizationEvent("organization.updated", actorId, organization),
          changedFields: changedFieldNames(existing, changes),
        });
        return organization;
      },
      (result) => [result.id],
    ),
  );
}

export interface ProfessionalFields {
  firstName: string;
  lastName: string;
  profession: string;
  organizationId: string;
  unit: string | null;
  workPhone: string | null;
  workEmail: string | null;
  active: boolean;
}

async function assertOrganizationExists(tx: Pick<PrismaClient, "organization">, field: string, organizationId: string) {
  const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!organization) throw badUserInput(field, "not_found", `${field} names no organisation known to Silta.`);
}

export function createProfessional(prisma: PrismaClient, actorId: string, id: string, fields: ProfessionalFields) {
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction(async (tx) => {
      const existing = await tx.professional.findUnique({ where: { id } });
      if (existing) return sameOrConflict("Professional", existing.id, existing, { ...existing }, { ...fields });
      await assertOrganizationExists(tx, "input.organizationId", fields.organizationId);
      const professional = await tx.professional.create({ data: { id, ...fields } });
      await recordEvent(tx, professionalEvent("professional.created", actorId, professional));
      return professional;
    }),
  );
}

export function updateProfessional(
  prisma: PrismaClient,
  actorId: string,
  id: string,
  changes: Partial<ProfessionalFields>,
  claim?: IdempotencyClaim,
) {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const existing = await tx.professional.findUnique({ where: { id } });
        if (!existing) throw notFound("Professional", id);
        if (unchanged(existing, changes)) return existing;
        if (changes.organizationId !== undefined)
          await assertOrganizationExists(tx, "input.organizationId", changes.organizationId);
        const professional = await tx.professional.update({ where: { id }, data: changes });
        await recordEvent(tx, {
          ...professionalEvent("professional.updated", actorId, professional),
          changedFields: changedFieldNames(existing, changes),
        });
        return professional;
      },
      (result) => [result.id],
    ),
  );
}

export function createTeam(prisma: PrismaClient, actorId: string, id: string, fields: { name: string; kind: TeamKind }) {
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction(async (tx) => {
      const existing = await tx.team.findUnique({ where: { id } });
      if (existing) return sameOrConflict("Team", existing.id, existing, { ...existing }, { ...fields });
      const team = await tx.team.create({ data: { id, ...fields } });
      await recordEvent(tx, teamCreated(actorId, team));
      return team;
    }),
  );
}
