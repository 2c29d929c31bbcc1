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

/** At most this many records of one person are read (the one on record and its duplicates). */
const MAX_RECORDS_OF_PERSON = 50;

/**
 * The records of the same person: by identity code, or by temporary identifier within the
 * controller. The client on record first (the identifiers are unique among records on record), then
 * its duplicate registrations, oldest first.
 */
export async function findRecordsOfPerson(prisma: PrismaClient, client: NewClient, hashKey: string): Promise<Client[]> {
  const records = await prisma.client.findMany({
    where: {
      ...(client.identityCode
        ? { identityCodeHash: hashIdentityCode(client.identityCode, hashKey) }
        : { controllerOrganizationId: client.controllerOrganizationId, temporaryIdentifier: client.temporaryIdentifier }),
      // A merged duplicate is no record of the person any more: its data is the client on record's.
      mergedIntoId: null,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_RECORDS_OF_PERSON,
  });
  return [...records.filter((record) => !record.duplicateOfId), ...records.filter((record) => record.duplicateOfId)];
}

export interface CreateClientDeps {
  hashKey: string;
  cipher: IdentityCodeCipher;
  viewer: Viewer;
  /**
   * The first of the person's records (the client on record, then its duplicates) the viewer may
   * read, or null. Asked also when there are none, so the work is the same either way
   * (docs/access.md, "Duplicate registrations").
   */
  firstReadable: (records: Client[]) => Promise<Client | null>;
}

/**
 * Creates the client with `client.created`. A record of the same person (by identity code or
 * temporary identifier) is returned instead to a viewer who may read it: the client on record, or
 * else a duplicate registration the viewer works with (as their own record of a new person would
 * be). For anyone else the new record is a **duplicate registration** of the client on record
 * (`duplicate_of`, and `client.duplicate_registered` on the client on record, for the register keeper
 * to merge), answered and recorded exactly as a person nobody has: whether the person is on record is
 * not told. A retried create with the same id returns the first one; the same id with different
 * content is a CONFLICT.
 */
export async function createClient(prisma: PrismaClient, client: NewClient, deps: CreateClientDeps): Promise<CreateClientResult> {
  const identityCodeHash = client.identityCode ? hashIdentityCode(client.identityCode, deps.hashKey) : null;
  const attempt = async (): Promise<CreateClientResult> => {
    if (client.id) {
      const sameId = await prisma.client.findUnique({ where: { id: client.id } });
      // A create retried after its record was merged: the id is gone, never answered as a second person.
      if (sameId?.mergedIntoId) throw notFound("Client", client.id);
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
    const records = await findRecordsOfPerson(prisma, client, deps.hashKey);
    // Decided outside the transaction: a decision may be a call to the consents service.
    const readable = await deps.firstReadable(records);
    if (readable) return { client: readable, created: false };
    const duplicateOfId = records.find((record) => !record.duplicateOfId)?.id ?? null;
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
        if (!before || before.mergedIntoId) throw notFound("Client", id);
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
