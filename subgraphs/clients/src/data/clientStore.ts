import { randomUUID } from "node:crypto";
import { changedFieldNames, notFound, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { type IdempotencyClaim, retryOnceOnUniqueViolation, sameOrConflict, withIdempotency } from "@silta/kernel/idempotency";
import type { NewClient } from "../domain/clientInput";
import type { ContactFields } from "../domain/contactRules";
import { hashIdentityCode } from "../domain/identityCode";
import type { IdentityCodeCipher } from "../domain/identityCodeCipher";
import type { PrismaClient } from "./db";
import type { Client } from "./prisma/client";

export interface CreateClientResult {
  client: Client;
  created: boolean;
}

/** The same person already on record: by identity code, or by temporary identifier within the controller. */
export async function findExistingClient(prisma: PrismaClient, client: NewClient, hashKey: string): Promise<Client | null> {
  if (client.identityCode)
    return prisma.client.findUnique({ where: { identityCodeHash: hashIdentityCode(client.identityCode, hashKey) } });
  return prisma.client.findFirst({
    where: { controllerOrganizationId: client.controllerOrganizationId, temporaryIdentifier: client.temporaryIdentifier },
  });
}

/**
 * Creates the client with `client.created`, or returns the one already on record: the same
 * identity code (or temporary identifier) never makes a second client, and a retried create with
 * the same id returns the first one. The same id with different content is a CONFLICT.
 */
export async function createClient(
  prisma: PrismaClient,
  client: NewClient,
  deps: { hashKey: string; cipher: IdentityCodeCipher; viewer: Viewer },
): Promise<CreateClientResult> {
  const identityCodeHash = client.identityCode ? hashIdentityCode(client.identityCode, deps.hashKey) : null;
  const attempt = () =>
    prisma.$transaction(async (tx) => {
      if (client.id) {
        const sameId = await tx.client.findUnique({ where: { id: client.id } });
        if (sameId) {
          // The identity code is compared by its keyed hash and named as what it is, never shown.
          sameOrConflict(
            "Client",
            client.id,
            sameId,
            {
              identityCode: sameId.identityCodeHash,
              temporaryIdentifier: sameId.temporaryIdentifier,
              controllerOrganizationId: sameId.controllerOrganizationId,
            },
            {
              identityCode: identityCodeHash,
              temporaryIdentifier: client.temporaryIdentifier,
              controllerOrganizationId: client.controllerOrganizationId,
            },
          );
          return { client: sameId, created: false };
        }
      }
      const existing = await findExistingClient(tx as PrismaClient, client, deps.hashKey);
      if (existing) return { client: existing, created: false };
      const { identityCode: code, id, birthDate, ...fields } = client;
      const created = await tx.client.create({
        data: {
          ...fields,
          id: id ?? randomUUID(),
          birthDate: birthDate ? LocalDate.toDb(birthDate) : null,
          identityCodeHash,
          identityCodeEncrypted: code ? deps.cipher.encrypt(code) : null,
        },
      });
      await recordEvent(tx, {
        type: "client.created",
        aggregateType: "Client",
        aggregateId: created.id,
        actorId: deps.viewer.id,
        data: {
          clientId: created.id,
          controllerOrganizationId: created.controllerOrganizationId,
          hasNonDisclosureOrder: created.hasNonDisclosureOrder,
        },
      });
      return { client: created, created: true };
    });
  // Two creates of the same person at once: the loser's unique violation means the winner's row exists now.
  return retryOnceOnUniqueViolation(attempt);
}

export interface ClientChanges {
  firstName?: string;
  lastName?: string;
  language?: string;
  hasNonDisclosureOrder?: boolean;
  contact?: ContactFields;
}

/** Applies the changes and records the event; with a claim, a retry under the same key changes nothing (kernel idempotency). */
export async function updateClient(
  prisma: PrismaClient,
  id: string,
  changes: ClientChanges,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<Client> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const before = await tx.client.findUnique({ where: { id } });
        if (!before) throw notFound("Client", id);
        const { contact, ...rest } = changes;
        const updated = await tx.client.update({ where: { id }, data: { ...rest, ...(contact ?? {}) } });
        await recordEvent(tx, {
          type: "client.updated",
          aggregateType: "Client",
          aggregateId: id,
          actorId: viewer.id,
          // Names only: a changed name or address is never carried in an event.
          changedFields: changedFieldNames(before, { ...rest, ...(contact ?? {}) }),
          data: {
            clientId: id,
            controllerOrganizationId: updated.controllerOrganizationId,
            hasNonDisclosureOrder: updated.hasNonDisclosureOrder,
          },
        });
        return updated;
      },
      (client) => [client.id],
    ),
  );
}
