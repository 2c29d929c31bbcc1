import { randomUUID } from "node:crypto";
import { badUserInput, conflict, recordEvent, LocalDate } from "@silta/kernel";
import { retryOnceOnUniqueViolation, sameOrConflict } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import type { Prisma } from "./prisma/client";
import type { MeetingKind, MeetingRelation } from "./prisma/enums";
import { meetingRecorded, meetingScheduled } from "./events";
import { assertJointMeetingQuorum, assertOutsideFacilitator, type ClientTeamOnDay } from "../domain/meetingRules";

type Tx = Prisma.TransactionClient;

export interface NewMeeting {
  id: string;
  kind: MeetingKind;
  clientId: string;
  heldOn: LocalDate;
  facilitatorId: string | null;
  professionalIds: string[];
  familyMembers: { relation: MeetingRelation; clientId: string | null }[];
  agreementIds: string[];
  /** Set when the meeting is scheduled ahead (status SCHEDULED) rather than recorded as held. */
  schedule?: MeetingSchedule;
}

/** When and where a scheduled meeting is; `heldOn` of the meeting is the county's day of `startsAt`. */
export interface MeetingSchedule {
  startsAt: Date;
  place: string | null;
  videoLink: string | null;
}

const familyKey = (member: { relation: string; clientId: string | null }) => `${member.relation}:${member.clientId ?? ""}`;

/** The client's team on one day: members of the teams then working with the client, and the responsible worker then. */
export async function clientTeamOnDay(tx: Tx, clientId: string, day: LocalDate): Promise<ClientTeamOnDay> {
  const date = LocalDate.toDb(day);
  const during = { since: { lte: date }, OR: [{ until: null }, { until: { gte: date } }] };
  const links = await tx.teamClient.findMany({ where: { clientId, ...during }, select: { teamId: true } });
  const memberships = links.length
    ? await tx.teamMembership.findMany({
        where: { teamId: { in: links.map((link) => link.teamId) }, ...during },
        select: { professionalId: true },
      })
    : [];
  const responsible = await tx.responsibleWorker.findFirst({ where: { clientId, ...during }, select: { professionalId: true } });
  return {
    memberIds: new Set(memberships.map((membership) => membership.professionalId)),
    responsibleWorkerId: responsible?.professionalId ?? null,
  };
}

/**
 * Records a network or joint meeting with its participants and agreement references, all or nothing;
 * with `schedule`, a network meeting planned ahead (its facilitator must then be active).
 */
export function recordMeeting(prisma: PrismaClient, actorId: string, input: NewMeeting) {
  return retryOnceOnUniqueViolation(() =>
    prisma.$transaction(async (tx) => {
      const { id: _id, schedule, ...asked } = input;
      const scheduled = {
        startsAt: schedule?.startsAt ?? null,
        place: schedule?.place ?? null,
        videoLink: schedule?.videoLink ?? null,
      };
      const existing = await tx.meeting.findUnique({
        where: { id: input.id },
        include: { professionals: true, familyMembers: true, agreements: true },
      });
      // A meeting of another client is not compared field by field: which fields differ would tell
      // a hidden meeting's date and participants to whoever holds its id (docs/access.md, "Records by id").
      if (existing && existing.clientId !== input.clientId)
        throw conflict("A meeting with this id already exists; choose a new id for a new meeting.", { fields: ["id"] });
      if (existing)
        return sameOrConflict(
          "Meeting",
          existing.id,
          existing,
          {
            kind: existing.kind,
            clientId: existing.clientId,
            heldOn: existing.heldOn,
            facilitatorId: existing.facilitatorId,
            professionalIds: existing.professionals.map((row) => row.professionalId),
            familyMembers: existing.familyMembers.map(familyKey),
            agreementIds: existing.agreements.map((row) => row.agreementId),
            startsAt: existing.startsAt?.toISOString() ?? null,
            place: existing.place,
            videoLink: existing.videoLink,
          },
          {
            ...asked,
            familyMembers: asked.familyMembers.map(familyKey),
            ...scheduled,
            startsAt: scheduled.startsAt?.toISOString() ?? null,
          },
        );

      const known = new Map(
        (
          await tx.professional.findMany({
            where: { id: { in: [...input.professionalIds, ...(input.facilitatorId ? [input.facilitatorId] : [])] } },
            select: { id: true, active: true },
          })
        ).map((row) => [row.id, row.active] as const),
      );
      if (input.facilitatorId && !known.has(input.facilitatorId))
        throw badUserInput("input.facilitatorId", "not_found", "input.facilitatorId names no professional known to Silta.");
      // A meeting held in the past may name someone who has left since; one planned ahead may not.
      if (schedule && input.facilitatorId && !known.get(input.facilitatorId))
        throw badUserInput(
          "input.facilitatorId",
          "inactive",
          "This professional is no longer active and cannot facilitate a meeting.",
        );
      input.professionalIds.forEach((id, index) => {
        if (!known.has(id))
          throw badUserInput(
            `input.professionalIds[${index}]`,
            "not_found",
            "This participant is no professional known to Silta.",
          );
      });

      const team = await clientTeamOnDay(tx, input.clientId, input.heldOn);
      if (input.kind === "NETWORK_MEETING") assertOutsideFacilitator("input.facilitatorId", input.facilitatorId!, team);
      else
        assertJointMeetingQuorum(
          { professionalIds: input.professionalIds, relations: input.familyMembers.map((member) => member.relation) },
          team,
        );

      const meeting = await tx.meeting.create({
        data: {
          id: input.id,
          kind: input.kind,
          clientId: input.clientId,
          heldOn: LocalDate.toDb(input.heldOn),
          facilitatorId: input.facilitatorId,
          status: schedule ? "SCHEDULED" : "HELD",
          ...scheduled,
          professionals: { create: input.professionalIds.map((professionalId) => ({ professionalId })) },
          familyMembers: { create: input.familyMembers.map((member) => ({ id: randomUUID(), ...member })) },
          agreements: { create: input.agreementIds.map((agreementId) => ({ agreementId })) },
        },
      });
      await recordEvent(tx, schedule ? meetingScheduled(actorId, { ...input, ...schedule }) : meetingRecorded(actorId, input));
      return meeting;
    }),
  );
}
