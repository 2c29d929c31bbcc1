import type { MutationrecordMeetingHeldArgs, MutationResolvers } from "./../../types.generated";
import { requireText } from "../../../domain/inputRules";
import { endMeetingMutation } from "../../endMeeting";

export const recordMeetingHeld: NonNullable<MutationResolvers["recordMeetingHeld"]> =
  endMeetingMutation<MutationrecordMeetingHeldArgs>("recordMeetingHeld", (input) => ({
    status: "HELD",
    outcome: requireText("input.outcome", input.outcome, 4000),
  }));
