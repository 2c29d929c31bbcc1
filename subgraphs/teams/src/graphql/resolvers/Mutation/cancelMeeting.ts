import type { MutationcancelMeetingArgs, MutationResolvers } from "./../../types.generated";
import { requireText } from "../../../domain/inputRules";
import { endMeetingMutation } from "../../endMeeting";

export const cancelMeeting: NonNullable<MutationResolvers["cancelMeeting"]> = endMeetingMutation<MutationcancelMeetingArgs>(
  "cancelMeeting",
  (input) => ({ status: "CANCELLED", reason: requireText("input.reason", input.reason, 500) }),
);
