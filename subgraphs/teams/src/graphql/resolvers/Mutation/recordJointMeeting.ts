import { DataCategory } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { recordMeeting } from "../../../data/meetingStore";
import { meetingFromInput } from "../../meetingInput";

export const recordJointMeeting: NonNullable<MutationResolvers["recordJointMeeting"]> = async (_parent, { input }, ctx) => {
  const meeting = meetingFromInput("JOINT_MEETING", input, null, ctx.today);
  await ctx.access.assert(meeting.clientId, DataCategory.Team, "create");
  return recordMeeting(ctx.prisma, ctx.viewer.id, meeting);
};
