import { badUserInput, notFound, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { type IdempotencyClaim, sameOrConflict, withIdempotency } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import type { ClientRelationship } from "./prisma/client";

export interface NewRelationship {
  id: string;
  clientId: string;
  organizationId: string;
  serviceTask: string;
  since: LocalDate;
  until: LocalDate | null;
}

/** Starts a client relationship (asiakassuhde); the same id again returns it when it matches. */
export async function startRelationship(
  prisma: PrismaClient,
  input: NewRelationship,
  viewer: Viewer,
): Promise<ClientRelationship> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.clientRelationship.findUnique({ where: { id: input.id } });
    if (existing) {
      const { clientId, organizationId, serviceTask, since } = input;
      return sameOrConflict("Client relationship", input.id, existing, existing, {
        clientId,
        organizationId,
        serviceTask,
        since,
      });
    }
    if (!(await tx.client.findFirst({ where: { id: input.clientId, mergedIntoId: null }, select: { id: true } })))
      throw notFound("Client", input.clientId);
    const created = await tx.clientRelationship.create({
      data: { ...input, since: LocalDate.toDb(input.since), until: input.until ? LocalDate.toDb(input.until) : null },
    });
    await recordEvent(tx, {
      type: "client.relationship_started",
      aggregateType: "Client",
      aggregateId: input.clientId,
      actorId: viewer.id,
      data: {
        clientId: input.clientId,
        relationshipId: input.id,
        organizationId: input.organizationId,
        serviceTask: input.serviceTask,
        since: input.since,
        until: input.until,
      },
    });
    return created;
  });
}

/** Ends a relationship on `until`; ending it again on the same day changes nothing. */
export async function endRelationship(
  prisma: PrismaClient,
  relationship: ClientRelationship,
  until: LocalDate,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<ClientRelationship> {
  if (relationship.until && LocalDate.fromDb(relationship.until) === until) return relationship;
  if (until < LocalDate.fromDb(relationship.since))
    throw badUserInput("input.until", "not_before_since", "input.until must not be before the relationship began.");
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const ended = await tx.clientRelationship.update({
          where: { id: relationship.id },
          data: { until: LocalDate.toDb(until) },
        });
        await recordEvent(tx, {
          type: "client.relationship_ended",
          aggregateType: "Client",
          aggregateId: relationship.clientId,
          actorId: viewer.id,
          data: { clientId: relationship.clientId, relationshipId: relationship.id, until },
        });
        return ended;
      },
      (result) => [result.id],
    ),
  );
}
