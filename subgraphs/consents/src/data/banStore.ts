import { randomUUID } from "node:crypto";
import { notFound, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { withIdempotency, type IdempotencyClaim, sameOrConflict } from "@silta/kernel/idempotency";
import type { BanDraft } from "../domain/consentInput";
import type { PrismaClient } from "./db";
import type { Ban, DataCategory } from "./prisma/client";

export async function createBan(prisma: PrismaClient, draft: BanDraft, viewer: Viewer): Promise<Ban> {
  const id = draft.id ?? randomUUID();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.ban.findUnique({ where: { id } });
    if (existing) {
      const { clientId, kind, categories, organizationId, serviceTask, validFrom } = draft;
      return sameOrConflict("Ban", id, existing, existing, {
        clientId,
        kind,
        categories,
        organizationId,
        serviceTask,
        validFrom,
      });
    }
    const ban = await tx.ban.create({
      data: {
        id,
        clientId: draft.clientId,
        kind: draft.kind,
        categories: draft.categories as DataCategory[],
        serviceTask: draft.serviceTask,
        organizationId: draft.organizationId,
        reason: draft.reason,
        validFrom: LocalDate.toDb(draft.validFrom),
        validUntil: draft.validUntil ? LocalDate.toDb(draft.validUntil) : null,
        givenAt: new Date(),
        recordedBy: viewer.id,
        recordedByOrganizationId: viewer.organizationId ?? null,
      },
    });
    await recordEvent(tx, {
      type: "ban.recorded",
      aggregateType: "Client",
      aggregateId: draft.clientId,
      actorId: viewer.id,
      data: {
        banId: id,
        clientId: draft.clientId,
        kind: draft.kind,
        categories: draft.categories,
        organizationId: draft.organizationId,
      },
    });
    return ban;
  });
}

/** The ban with this id, or null when nobody has it. */
export function findBanOrNull(prisma: PrismaClient, id: string): Promise<Ban | null> {
  return prisma.ban.findUnique({ where: { id } });
}

export async function findBan(prisma: PrismaClient, id: string): Promise<Ban> {
  const ban = await prisma.ban.findUnique({ where: { id } });
  if (!ban) throw notFound("Ban", id);
  return ban;
}

export async function liftBan(prisma: PrismaClient, ban: Ban, viewer: Viewer, claim?: IdempotencyClaim): Promise<Ban> {
  if (ban.liftedAt) return ban;
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const updated = await tx.ban.update({ where: { id: ban.id }, data: { liftedAt: new Date(), liftedBy: viewer.id } });
        await recordEvent(tx, {
          type: "ban.lifted",
          aggregateType: "Client",
          aggregateId: ban.clientId,
          actorId: viewer.id,
          data: { banId: ban.id, clientId: ban.clientId },
        });
        return updated;
      },
      (result) => [result.id],
    ),
  );
}

export function bansOfClient(prisma: PrismaClient, clientId: string, validOn: LocalDate | null): Promise<Ban[]> {
  return prisma.ban.findMany({
    where: {
      clientId,
      ...(validOn
        ? {
            liftedAt: null,
            validFrom: { lte: LocalDate.toDb(validOn) },
            OR: [{ validUntil: null }, { validUntil: { gte: LocalDate.toDb(validOn) } }],
          }
        : {}),
    },
    orderBy: [{ givenAt: "desc" }, { id: "asc" }],
  });
}
