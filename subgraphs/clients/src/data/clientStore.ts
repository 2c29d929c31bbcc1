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

/**
 * The same person on record: by identity code, or by temporary identifier within the controller.
 * Never a duplicate registration: the identifiers are unique among the records on record only.
 */
export async function findClientOnRecord(prisma: PrismaClient, client: NewClient, hashKey: string): Promise<Client | null> {
  if (client.identityCode)
    return prisma.client.findFirst({
      where: { identityCodeHash: hashIdentityCode(client.identityCode, hashKey), duplicateOfId: null },
    });
  return prisma.client.findFirst({
    where: {
      controllerOrganizationId: client.controllerOrganizationId,
      temporaryIdentifier: client.temporaryIdentifier,
      duplicateOfId: null,
    },
  });
}

export interface CreateClientDeps {
  hashKey: string;
  cipher: IdentityCodeCipher;
  viewer: Viewer;
  /**
   * Whether the viewer may read the client on record with the same identifier (null: there is none).
   * Asked whether or not there is one, so the work is the same either way (docs/access.md,
   * "Duplicate registrations").
   */
  mayReadOnRecord: (onRecord: Client | null) => Promise<boolean>;
}

/**
 * Creates the client with `client.created`. The same person on record (by identity code or
 * temporary identifier) is returned instead, to a viewer who may read them; for anyone else the new
 * record is a **duplicate registration** of that client (`duplicate_of`, and
 * `client.duplicate_registered` on the client on record, for the register keeper to merge), answered
 * and recorded exactly as a person nobody has: whether the person is on record is not told. A retried
 * create with the same id returns the first one; the same id with different content is a CONFLICT.
 */
export async function createClient(prisma: PrismaClient, client: NewClient, deps: CreateClientDeps): Promise<CreateClientResult> {
  const identityCodeHash = client.identityCode ? hashIdentityCode(client.identityCode, deps.hashKey) : null;
  const attempt = async (): Promise<CreateClientResult> => {
    if (client.id) {
      const sameId = await prisma.client.findUnique({ where: { id: client.id } });
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
    const onRecord = await findClientOnRecord(prisma, client, deps.hashKey);
    // Decided outside the transaction: a decision may be a call to the consents service.
    const readable = await deps.mayReadOnRecord(onRecord);
    if (onRecord && readable) return { client: onRecord, created: false };
    const duplicateOfId = onRecord?.id ?? null;
    return prisma.$transaction(async (tx) => {
      const { identityCode: code, id, birthDate, ...fields } = client;
      const created = await tx.client.create({
        data: {
          ...fields,
          id: id ?? randomUUID(),
          birthDate: birthDate ? LocalDate.toDb(birthDate) : null,
          identityCodeHash,
          identityCodeEncrypted: code ? deps.cipher.encrypt(code) : null,
          duplicateOfId,
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
      if (duplicateOfId)
        // On the client on record, not the new one: the new record's own events are those of anyone new.
        await recordEvent(tx, {
          type: "client.duplicate_registered",
          aggregateType: "Client",
          aggregateId: duplicateOfId,
          actorId: deps.viewer.id,
          data: {
            clientId: duplicateOfId,
            duplicateClientId: created.id,
            duplicateControllerOrganizationId: created.controllerOrganizationId,
          },
        });
      return { client: created, created: true };
    });
  };
  // Two creates of the same person (or id) at once: the loser's unique violation means the winner's
  // row exists now, and the second attempt decides about it.
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
