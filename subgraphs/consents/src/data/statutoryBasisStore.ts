import { randomUUID } from "node:crypto";
import { notFound, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { withIdempotency, type IdempotencyClaim, sameOrConflict } from "@silta/kernel/idempotency";
import type { StatutoryBasisDraft } from "../domain/consentInput";
import type { PrismaClient } from "./db";
import type { DataCategory, StatutoryBasis } from "./prisma/client";

/** Records a statutory basis; the caller has checked that the viewer is a professional of the controller. */
export async function createStatutoryBasis(
  prisma: PrismaClient,
  draft: StatutoryBasisDraft,
  viewer: Viewer & { organizationId: string },
): Promise<StatutoryBasis> {
  const id = draft.id ?? randomUUID();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.statutoryBasis.findUnique({ where: { id } });
    if (existing) {
      const { clientId, recipientOrganizationId, legalReference, categories } = draft;
      return sameOrConflict("Statutory basis", id, existing, existing, {
        clientId,
        recipientOrganizationId,
        legalReference,
        categories,
      });
    }
    const basis = await tx.statutoryBasis.create({
      data: {
        id,
        clientId: draft.clientId,
        recipientOrganizationId: draft.recipientOrganizationId,
        categories: draft.categories as DataCategory[],
        legalReference: draft.legalReference,
        validFrom: LocalDate.toDb(draft.validFrom),
        validUntil: draft.validUntil ? LocalDate.toDb(draft.validUntil) : null,
        recordedAt: new Date(),
        recordedBy: viewer.id,
        recordedByOrganizationId: viewer.organizationId,
      },
    });
    await recordEvent(tx, {
      type: "statutory_basis.recorded",
      aggregateType: "Client",
      aggregateId: draft.clientId,
      actorId: viewer.id,
      data: {
        statutoryBasisId: id,
        clientId: draft.clientId,
        recipientOrganizationId: draft.recipientOrganizationId,
        categories: draft.categories,
      },
    });
    return basis;
  });
}

/** The statutory basis with this id, or null when nobody has it. */
export function findStatutoryBasisOrNull(prisma: PrismaClient, id: string): Promise<StatutoryBasis | null> {
  return prisma.statutoryBasis.findUnique({ where: { id } });
}

export async function findStatutoryBasis(prisma: PrismaClient, id: string): Promise<StatutoryBasis> {
  const basis = await prisma.statutoryBasis.findUnique({ where: { id } });
  if (!basis) throw notFound("StatutoryBasis", id);
  return basis;
}

export async function endStatutoryBasis(
  prisma: PrismaClient,
  basis: StatutoryBasis,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<StatutoryBasis> {
  if (basis.endedAt) return basis;
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const updated = await tx.statutoryBasis.update({ where: { id: basis.id }, data: { endedAt: new Date() } });
        await recordEvent(tx, {
          type: "statutory_basis.ended",
          aggregateType: "Client",
          aggregateId: basis.clientId,
          actorId: viewer.id,
          data: { statutoryBasisId: basis.id, clientId: basis.clientId },
        });
        return updated;
      },
      (result) => [result.id],
    ),
  );
}
