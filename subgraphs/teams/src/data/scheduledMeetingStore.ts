import { badUserInput, conflict, recordEvent, LocalDate } from "@silta/kernel";
import { withIdempotency, type IdempotencyClaim } from "@silta/kernel/idempotency";
import type { PrismaClient } from "./db";
import type { Meeting } from "./prisma/client";
import { scheduledMeetingEnded } from "./events";
import { clientTeamOnDay } from "./meetingStore";
import { assertOutsideFacilitator } from "../domain/meetingRules";

/** How a scheduled meeting ends: held with its outcome, or cancelled with a reason. */
export type MeetingEnding = { status: "HELD"; outcome: string } | { status: "CANCELLED"; reason: string };

const wordOf = { HELD: "held", CANCELLED: "cancelled" } as const;

/**
 * Ends a scheduled meeting, once: the same ending again returns the meeting unchanged (a retry), any
 * other change of a meeting that is no longer scheduled is CONFLICT. The row is updated only while
 * it is still SCHEDULED, so of two concurrent endings one wins and the other is told so.
 */
export function endScheduledMeeting(
  prisma: PrismaClient,
  actorId: string,
  meeting: Meeting,
  ending: MeetingEnding,
  today: LocalDate,
  claim?: IdempotencyClaim,
): Promise<Meeting> {
  return prisma.$transaction((tx) =>
    withIdempotency(
      tx,
      claim,
      async () => {
        const current = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
        if (current.status !== "SCHEDULED") {
          if (sameEnding(current, ending)) return current;
          throw conflict(
            `This meeting was already ${wordOf[current.status as "HELD" | "CANCELLED"] ?? "recorded"}; it cannot be ${wordOf[ending.status]}.`,
            {
              rule: current.status === "CANCELLED" ? "meeting_cancelled" : "meeting_held",
              status: current.status,
            },
          );
        }
        const day = LocalDate.fromDb(current.heldOn);
        if (ending.status === "HELD") {
          if (day > today)
            throw badUserInput(
              "input.meetingId",
              "not_yet_held",
              `The meeting is scheduled for ${day}; record it as held on or after that day, or cancel it.`,
            );
          // The facilitator must still be an outsider on the day it was held, the rule of every network meeting.
          if (current.facilitatorId)
            assertOutsideFacilitator("input.meetingId", current.facilitatorId, await clientTeamOnDay(tx, current.clientId, day));
        }
        const data =
          ending.status === "HELD"
            ? { status: "HELD" as const, outcome: ending.outcome }
            : { status: "CANCELLED" as const, cancellationReason: ending.reason };
        const updated = await tx.meeting.updateMany({ where: { id: current.id, status: "SCHEDULED" }, data });
        if (updated.count === 0)
          throw conflict("The meeting was changed at the same time; read it again and retry.", { rule: "changed_meanwhile" });
        await recordEvent(
          tx,
          scheduledMeetingEnded(ending.status === "HELD" ? "meeting.held" : "meeting.cancelled", actorId, current),
        );
        return { ...current, ...data };
      },
      (result) => [result.id],
    ),
  );
}

function sameEnding(meeting: Meeting, ending: MeetingEnding): boolean {
  return ending.status === "HELD"
    ? meeting.status === "HELD" && meeting.outcome === ending.outcome
    : meeting.status === "CANCELLED" && meeting.cancellationReason === ending.reason;
}
