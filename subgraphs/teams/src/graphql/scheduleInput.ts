import { badUserInput } from "@silta/kernel";
import type { NewMeeting } from "../data/meetingStore";
import { optionalText } from "../domain/inputRules";
import { meetingDayOf, optionalHttpsUrl, requirePlaceOrVideoLink, requireUpcomingStart } from "../domain/scheduleRules";
import type { ScheduleNetworkMeetingInput } from "./types.generated";
import { meetingFromInput } from "./meetingInput";

/**
 * The edge checks of scheduling: a start ahead (its county day is the meeting's day), somewhere to
 * meet, then the same participant rules as a recorded network meeting.
 */
export function scheduleFromInput(
  input: ScheduleNetworkMeetingInput,
  facilitatorId: string,
  now: Date,
  timeZone: string,
): NewMeeting {
  const startsAt = input.startsAt instanceof Date ? input.startsAt : new Date(input.startsAt);
  if (Number.isNaN(startsAt.getTime()))
    throw badUserInput("input.startsAt", "date_time", "input.startsAt must be an ISO 8601 time with a time zone.");
  requireUpcomingStart("input.startsAt", startsAt, now);
  const place = optionalText("input.place", input.place, 200);
  const videoLink = optionalHttpsUrl("input.videoLink", optionalText("input.videoLink", input.videoLink, 500));
  requirePlaceOrVideoLink(place, videoLink);
  const heldOn = meetingDayOf(startsAt, timeZone);
  // Participant rules are those of a held meeting; its "not in the future" rule does not apply here.
  const meeting = meetingFromInput("NETWORK_MEETING", { ...input, heldOn, agreementIds: [] }, facilitatorId, heldOn);
  return { ...meeting, schedule: { startsAt, place, videoLink } };
}
