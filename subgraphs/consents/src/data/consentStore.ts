import { randomUUID } from "node:crypto";
import { notFound, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { withIdempotency, type IdempotencyClaim, sameOrConflict } from "@silta/kernel/idempotency";
import type { ConsentDraft } from "../domain/consentInput";
import type { PrismaClient } from "./db";
import type { Consent, DataCategory } from "./prisma/client";

/** What a consent's create asks for, compared with the stored consent on a retry (who recorded it aside). */
const consentFields = (consent: Consent | ConsentDraft) => ({
  clientId: consent.clientId,
  kind: consent.kind,
  givenBy: consent.givenBy,
  purpose: consent.purpose,
  form: consent.form,
  categories: consent.categories,
  recipientOrganizationIds: consent.recipientOrganizationIds,
  recipientTeamIds: consent.recipientTeamIds,
  validFrom: consent.validFrom,
  validUntil: consent.validUntil,
  agentId: consent.agentId,
});

/** Records a consent and its event in one transaction; a retry with the same id returns the same consent. */
export async function createConsent(prisma: PrismaClient, draft: ConsentDraft, viewer: Viewer): Promise<Consent> {
  const id = draft.id ?? randomUUID();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.consent.findUnique({ where: { id } });
    if (existing) return sameOrConflict("Consent", id, existing, consentFields(existing), consentFields(draft));
    const consent = await tx.consent.create({
      data: {
        id,
        clientId: draft.clientId,
        kind: draft.kind,
        givenBy: draft.givenBy,
        givenByClientId: draft.givenByClientId,
        recipientOrganizationId: draft.recipientOrganizationIds[0] ?? null,
        recipientOrganizationIds: draft.recipientOrganizationIds,
        recipientTeamIds: draft.recipientTeamIds,
        categories: draft.categories as DataCategory[],
        purpose: draft.purpose,
        form: draft.form,
        evidenceReference: draft.evidenceReference,
        validFrom: LocalDate.toDb(draft.validFrom),
        validUntil: draft.validUntil ? LocalDate.toDb(draft.validUntil) : null,
        givenAt: draft.givenAt,
        recordedBy: viewer.id,
        recordedByOrganizationId: viewer.organizationId ?? null,
        agentId: draft.agentId,
        agentKind: draft.agentKind,
        allowedActions: draft.allowedActions,
      },
    });
    await recordEvent(tx, {
      type: "consent.recorded",
      aggregateType: "Client",
      aggregateId: draft.clientId,
      actorId: viewer.id,
      data: {
        consentId: id,
        clientId: draft.clientId,
        kind: draft.kind,
        recipientOrganizationIds: draft.recipientOrganizationIds,
        recipientTeamIds: draft.recipientTeamIds,
        categories: draft.categories,
        validFrom: draft.validFrom,
        validUntil: draft.validUntil,
      },
    });
    return consent;
  });
}

/** The consent with this id, or null when nobody has it. */
export function findConsentOrNull(prisma: PrismaClient, id: string): Promise<Consent | null> {
  return prisma.consent.findUnique({ where: { id } });
}

export async function findConsent(prisma: PrismaClient, id: string): Promise<Consent> {
  const consent = await prisma.consent.findUnique({ where: { id } });
  if (!consent) throw notFound("Consent", id);
  return consent;
}

/** Revokes at once and keeps the record; revoking again returns the revoked consent unchanged. */
export async function revokeConsent(
  prisma: PrismaClient,
  consent: Consent,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<Consent> {
  if (consent.revokedAt) return consent;
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const updated = await tx.consent.update({
          where: { id: consent.id },
          data: { revokedAt: new Date(), revokedBy: viewer.id },
        });
        await recordEvent(tx, {
          type: "consent.revoked",
          aggregateType: "Client",
          aggregateId: consent.clientId,
          actorId: viewer.id,
          data: { consentId: consent.id, clientId: consent.clientId },
        });
        return updated;
      },
      (result) => [result.id],
    ),
  );
}

/** The client's consents valid on `day` (or all), newest given first. */
export function consentsOfClient(prisma: PrismaClient, clientId: string, validOn: LocalDate | null): Promise<Consent[]> {
  return prisma.consent.findMany({
    where: {
      clientId,
      ...(validOn
        ? {
            revokedAt: null,
            validFrom: { lte: LocalDate.toDb(validOn) },
            OR: [{ validUntil: null }, { validUntil: { gte: LocalDate.toDb(validOn) } }],
          }
        : {}),
    },
    orderBy: [{ givenAt: "desc" }, { id: "asc" }],
  });
}

/** Consents not revoked whose last day is between `from` and `to`, soonest first. */
export function consentsExpiringBetween(
  prisma: PrismaClient,
  from: LocalDate,
  to: LocalDate,
  take: number,
  after: Pick<Consent, "validUntil" | "id"> | null = null,
): Promise<Consent[]> {
  return prisma.consent.findMany({
    where: {
      revokedAt: null,
      validUntil: { gte: LocalDate.toDb(from), lte: LocalDate.toDb(to) },
      // Keyset on (valid until, id): the caller reads in windows and filters each.
      ...(after
        ? { OR: [{ validUntil: { gt: after.validUntil! } }, { validUntil: after.validUntil, id: { gt: after.id } }] }
        : {}),
    },
    orderBy: [{ validUntil: "asc" }, { id: "asc" }],
    take,
  });
}
