import { assertUuid, DataCategory } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { recordMeeting } from "../../../data/meetingStore";
import { meetingFromInput } from "../../meetingInput";

export const recordNetworkMeeting: NonNullable<MutationResolvers["recordNetworkMeeting"]> = async (_parent, { input }, ctx) => {
  const facilitatorId = assertUuid("input.facilitatorId", input.facilitatorId);
  const meeting = meetingFromInput("NETWORK_MEETING", input, facilitatorId, ctx.today);
  await ctx.access.assert(meeting.clientId, DataCategory.Team, "create");
  return recordMeeting(ctx.prisma, ctx.viewer.id, meeting);
};
