import { conflict, readPooled, recordEvent, type Viewer, LocalDate } from "@silta/kernel";
import { withIdempotency, type IdempotencyClaim } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import { Prisma, type Concern } from "./prisma/client";
import type { ClientSummary } from "./loaders";

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
 * A concern of a deadline list's window: with the current members of its family (empty for a client's
 * concern), and its client's summary columns (null for a family's concern, or a client merged away).
 */
export interface WindowConcern {
  concern: Concern;
  memberIds: string[];
  client: ClientSummary | null;
}

/** A window's row as read: the concern's columns, its family's members, its client's summary columns. */
type WindowRow = Concern & {
  memberIds: string[] | null;
  clientFirstName: string | null;
  clientLastName: string | null;
  clientBirthDate: Date | null;
};

/**
 * Concerns not yet reacted to whose deadline falls within the bounds, earliest deadline first: up to
 * `limit` after `after` (keyset on deadline, raised at, id), visible or not (the caller filters), each
 * with the members of its family and its client's summary columns (what a list shows of the client),
 * in one statement. A tagged template rather than the model API: a window is a set-based statement
 * (ADR 0015), and it answers the rows, their families' members and their clients' names together,
 * where the model API took three statements and mapped every row through its engine (about twice the
 * CPU); over the pool directly (`readPooled`, ADR 0015), unnamed, as its bounds vary. Every row's
 * client is read alike, hidden or not: nothing of it leaves before its decision (`Concern.client`),
 * and the window's cost does not tell which rows are hidden. The concern's columns
 * are the `Concern` model's, named as its fields, so a row is the one `prisma.concern` answers
 * (`clientRows.int.test.ts` compares them).
 */
export async function concernWindowWithDeadline(
  prisma: PrismaClient,
  scope: ConcernScope,
  deadline: { gte?: LocalDate; lte?: LocalDate; lt?: LocalDate },
  limit: number,
  after: DeadlineListPosition | null = null,
): Promise<WindowConcern[]> {
  const conditions = [Prisma.sql`k.status = 'RAISED'`];
  if (scope.responsibleProfessionalId)
    conditions.push(Prisma.sql`k.responsible_professional_id = ${scope.responsibleProfessionalId}::uuid`);
  if (scope.teamId) conditions.push(Prisma.sql`k.team_id = ${scope.teamId}::uuid`);
  if (scope.organizationId) conditions.push(Prisma.sql`k.organization_id = ${scope.organizationId}::uuid`);
  if (deadline.gte) conditions.push(Prisma.sql`k.deadline >= ${deadline.gte}::date`);
  if (deadline.lte) conditions.push(Prisma.sql`k.deadline <= ${deadline.lte}::date`);
  if (deadline.lt) conditions.push(Prisma.sql`k.deadline < ${deadline.lt}::date`);
  if (after)
    conditions.push(
      Prisma.sql`(k.deadline, k.raised_at, k.id) > (${LocalDate.fromDb(after.deadline)}::date, ${after.raisedAt.toISOString()}::timestamptz, ${after.id}::uuid)`,
    );
  const rows = await readPooled<WindowRow>(
    prisma,
    Prisma.sql`
    SELECT k.id, k.client_id AS "clientId", k.family_id AS "familyId", k.description,
           k.raised_by_professional_id AS "raisedByProfessionalId", k.raised_by_client_id AS "raisedByClientId",
           k.recorded_by AS "recordedBy", k.raised_at AS "raisedAt", k.raised_on AS "raisedOn", k.service,
           k.deadline_rule_code AS "deadlineRuleCode", k.deadline, k.organization_id AS "organizationId",
           k.team_id AS "teamId", k.responsible_professional_id AS "responsibleProfessionalId", k.status::text AS status,
           k.meeting_on AS "meetingOn", k.attending_professional_ids AS "attendingProfessionalIds",
           k.attending_client_ids AS "attendingClientIds", k.reacted_by AS "reactedBy", k.reacted_at AS "reactedAt",
           k.closed_by AS "closedBy", k.closed_at AS "closedAt", k.closing_note AS "closingNote", k.kind,
           CASE WHEN k.family_id IS NULL THEN NULL
                ELSE ARRAY(SELECT m.client_id FROM family_member m WHERE m.family_id = k.family_id ORDER BY m.client_id) END
             AS "memberIds",
           c.first_name AS "clientFirstName", c.last_name AS "clientLastName", c.birth_date AS "clientBirthDate"
      FROM concern k LEFT JOIN client c ON c.id = k.client_id AND c.merged_into IS NULL
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY k.deadline, k.raised_at, k.id
     LIMIT ${limit}`,
  );
  return rows.map(({ memberIds, clientFirstName, clientLastName, clientBirthDate, ...concern }) => ({
    concern,
    memberIds: memberIds ?? [],
    // A merged duplicate joins no row: its concern's client is then read (and answered missing) as before.
    client:
      concern.clientId !== null && clientFirstName !== null && clientLastName !== null
        ? { id: concern.clientId, firstName: clientFirstName, lastName: clientLastName, birthDate: clientBirthDate }
        : null,
  }));
}
