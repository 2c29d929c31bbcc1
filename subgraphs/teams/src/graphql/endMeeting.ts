import { assertUuid, DataCategory, notFound } from "@silta/kernel";
import { idempotentMutation } from "@silta/kernel/idempotency";
import type { TeamsContext } from "../context";
import { endScheduledMeeting, type MeetingEnding } from "../data/scheduledMeetingStore";
import type { Meeting } from "../data/prisma/client";

/**
 * recordMeetingHeld and cancelMeeting: the meeting is found, then the viewer's right to change the
 * client's team data decided, so a hidden meeting and a missing id are answered alike. Takes an
 * Idempotency-Key; a retry without one is safe too (the same ending returns the meeting).
 */
export function endMeetingMutation<Args extends { input: { meetingId: string } }>(
  field: "recordMeetingHeld" | "cancelMeeting",
  endingOf: (input: Args["input"]) => MeetingEnding,
) {
  return idempotentMutation<unknown, Args, TeamsContext, Meeting>(
    {
      field,
      idsOf: (meeting) => [meeting.id],
      replay: async ([id], ctx) => {
        const meeting = await ctx.loaders.meeting.load(id!);
        if (!meeting) throw notFound("Meeting", id!);
        await ctx.access.assert(meeting.clientId, DataCategory.Team);
        return meeting;
      },
    },
    async (_parent, { input }, ctx) => {
      const meetingId = assertUuid("input.meetingId", input.meetingId);
      const ending = endingOf(input);
      const meeting = await ctx.loaders.meeting.load(meetingId);
      if (!meeting) return ctx.access.refuseMissing(meetingId, DataCategory.Team, "update");
      await ctx.access.assert(meeting.clientId, DataCategory.Team, "update");
      return endScheduledMeeting(ctx.prisma, ctx.viewer.id, meeting, ending, ctx.today, ctx.idempotency);
    },
  );
}
