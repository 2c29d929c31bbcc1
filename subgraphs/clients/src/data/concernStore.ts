import { conflict, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { withIdempotency, type IdempotencyClaim } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import type { Concern } from "./prisma/client";

export interface NewConcern {
  id: string;
  clientId: string | null;
  familyId: string | null;
  description: string;
  raisedByProfessionalId: string | null;
  raisedByClientId: string | null;
  raisedOn: LocalDate;
  service: string;
  deadlineRuleCode: string;
  deadline: LocalDate;
  organizationId: string;
  teamId: string | null;
  responsibleProfessionalId: string | null;
  /** CONCERN (the default) or CHILD_WELFARE_NOTICE. */
  kind?: string;
}

/** Raises a concern with its deadline; the same id again returns it when it matches. */
export async function raiseConcern(prisma: PrismaClient, concern: NewConcern, viewer: Viewer): Promise<Concern> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.concern.findUnique({ where: { id: concern.id } });
    if (existing) {
      const same =
        existing.clientId === concern.clientId &&
        existing.familyId === concern.familyId &&
        existing.description === concern.description &&
        existing.service === concern.service &&
        LocalDate.fromDb(existing.raisedOn) === concern.raisedOn &&
        existing.kind === (concern.kind ?? "CONCERN") &&
        existing.raisedByProfessionalId === concern.raisedByProfessionalId;
      if (!same) throw conflict(`Concern ${concern.id} already exists with other content; choose a new id.`);
      return existing;
    }
    const created = await tx.concern.create({
      data: {
        ...concern,
        recordedBy: viewer.id,
        raisedOn: LocalDate.toDb(concern.raisedOn),
        deadline: LocalDate.toDb(concern.deadline),
      },
    });
    await recordEvent(tx, {
      type: "concern.raised",
      aggregateType: "Concern",
      aggregateId: concern.id,
      actorId: viewer.id,
      data: {
        concernId: concern.id,
        clientId: concern.clientId,
        familyId: concern.familyId,
        organizationId: concern.organizationId,
        teamId: concern.teamId,
        responsibleProfessionalId: concern.responsibleProfessionalId,
        raisedByProfessionalId: concern.raisedByProfessionalId,
        raisedByClientId: concern.raisedByClientId,
        service: concern.service,
        deadlineRuleCode: concern.deadlineRuleCode,
        raisedOn: concern.raisedOn,
        deadline: concern.deadline,
      },
    });
    return created;
  });
}

export interface Reaction {
  meetingOn: LocalDate;
  responsibleProfessionalId: string;
  attendingProfessionalIds: string[];
  attendingClientIds: string[];
}

/** Records the first joint meeting: raised → reacted. Only from RAISED (the caller checked). */
export async function reactToConcern(
  prisma: PrismaClient,
  concern: Concern,
  reaction: Reaction,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<Concern> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const { count } = await tx.concern.updateMany({
          where: { id: concern.id, status: "RAISED" },
          data: {
            status: "REACTED",
            meetingOn: LocalDate.toDb(reaction.meetingOn),
            responsibleProfessionalId: reaction.responsibleProfessionalId,
            attendingProfessionalIds: reaction.attendingProfessionalIds,
            attendingClientIds: reaction.attendingClientIds,
            reactedBy: viewer.id,
            reactedAt: new Date(),
          },
        });
        // Somebody else reacted between the caller's read and this write.
        if (count === 0) throw conflict(`Concern ${concern.id} was reacted to meanwhile; read it again.`, { rule: "status" });
        await recordEvent(tx, {
          type: "concern.reacted",
          aggregateType: "Concern",
          aggregateId: concern.id,
          actorId: viewer.id,
          data: {
            concernId: concern.id,
            meetingOn: reaction.meetingOn,
            responsibleProfessionalId: reaction.responsibleProfessionalId,
            attendingProfessionalIds: reaction.attendingProfessionalIds,
            attendingClientIds: reaction.attendingClientIds,
            deadline: LocalDate.fromDb(concern.deadline),
            onTime: reaction.meetingOn <= LocalDate.fromDb(concern.deadline),
          },
        });
        return (await tx.concern.findUnique({ where: { id: concern.id } }))!;
      },
      (result) => [result.id],
    ),
  );
}

/** reacted → closed. */
export async function closeConcern(
  prisma: PrismaClient,
  concern: Concern,
  note: string | null,
  viewer: Viewer,
  claim?: IdempotencyClaim,
): Promise<Concern> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const { count } = await tx.concern.updateMany({
          where: { id: concern.id, status: "REACTED" },
          data: { status: "CLOSED", closedBy: viewer.id, closedAt: new Date(), closingNote: note },
        });
        if (count === 0) throw conflict(`Concern ${concern.id} changed meanwhile; read it again.`, { rule: "status" });
        await recordEvent(tx, {
          type: "concern.closed",
          aggregateType: "Concern",
          aggregateId: concern.id,
          actorId: viewer.id,
          data: { concernId: concern.id },
        });
        return (await tx.concern.findUnique({ where: { id: concern.id } }))!;
      },
      (result) => [result.id],
    ),
  );
}

export interface ConcernScope {
  responsibleProfessionalId: string | null;
  teamId: string | null;
  organizationId: string | null;
}

/** Where a concern stands in the deadline lists: the sort key of the last row read. */
export type DeadlineListPosition = Pick<Concern, "deadline" | "raisedAt" | "id">;

/**
 * Concerns not yet reacted to whose deadline falls within [from, to], earliest deadline first: up
 * to `limit` after `after` (keyset on deadline, raised at, id), visible or not; the caller filters.
 */
export function openConcernsWithDeadline(
  prisma: PrismaClient,
  scope: ConcernScope,
  deadline: { gte?: LocalDate; lte?: LocalDate; lt?: LocalDate },
  limit: number,
  after: DeadlineListPosition | null = null,
): Promise<Concern[]> {
  return prisma.concern.findMany({
    where: {
      status: "RAISED",
      ...(scope.responsibleProfessionalId ? { responsibleProfessionalId: scope.responsibleProfessionalId } : {}),
      ...(scope.teamId ? { teamId: scope.teamId } : {}),
      ...(scope.organizationId ? { organizationId: scope.organizationId } : {}),
      deadline: Object.fromEntries(Object.entries(deadline).map(([op, day]) => [op, LocalDate.toDb(day)])),
      ...(after
        ? {
            OR: [
              { deadline: { gt: after.deadline } },
              { deadline: after.deadline, raisedAt: { gt: after.raisedAt } },
              { deadline: after.deadline, raisedAt: after.raisedAt, id: { gt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ deadline: "asc" }, { raisedAt: "asc" }, { id: "asc" }],
    take: limit,
  });
}
