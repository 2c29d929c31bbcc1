import { assertUuid, DataCategory } from "@silta/kernel";
import type { MutationResolvers } from "./../../types.generated";
import { recordMeeting } from "../../../data/meetingStore";
import { scheduleFromInput } from "../../scheduleInput";

/** Who may schedule is who may record a meeting for the client: the team data's `create` right. */
export const scheduleNetworkMeeting: NonNullable<MutationResolvers["scheduleNetworkMeeting"]> = async (
  _parent,
  { input },
  ctx,
) => {
  const facilitatorId = assertUuid("input.facilitatorId", input.facilitatorId);
  const meeting = scheduleFromInput(input, facilitatorId, new Date(), ctx.timeZone);
  await ctx.access.assert(meeting.clientId, DataCategory.Team, "create");
  return recordMeeting(ctx.prisma, ctx.viewer.id, meeting);
};
