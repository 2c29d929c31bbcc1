import { assertUuid, badUserInput, LocalDate } from "@silta/kernel";
import type { NewMeeting } from "../data/meetingStore";
import { requireDistinct, requireNotFuture } from "../domain/inputRules";
import type { MeetingKind, RecordJointMeetingInput, RecordNetworkMeetingInput } from "./types.generated";
import { idOrNew } from "./inputs";

/**
 * The shared edge checks of both meeting mutations: every id a UUID, no repeats, a meeting that
 * has happened. The facilitator is kept apart from the other participants, never listed twice.
 */
export function meetingFromInput(
  kind: MeetingKind,
  input: RecordNetworkMeetingInput | RecordJointMeetingInput,
  facilitatorId: string | null,
  today: LocalDate,
): NewMeeting {
  const heldOn = input.heldOn;
  requireNotFuture("input.heldOn", heldOn, today);
  const professionalIds = input.professionalIds.map((id, index) => assertUuid(`input.professionalIds[${index}]`, id));
  requireDistinct("input.professionalIds", professionalIds);
  const agreementIds = (input.agreementIds ?? []).map((id, index) => assertUuid(`input.agreementIds[${index}]`, id));
  requireDistinct("input.agreementIds", agreementIds);
  const familyMembers = input.familyMembers.map((member, index) => ({
    relation: member.relation,
    clientId: member.clientId ? assertUuid(`input.familyMembers[${index}].clientId`, member.clientId) : null,
  }));
  const clientId = assertUuid("input.clientId", input.clientId);
  familyMembers.forEach((member, index) => {
    if (member.relation === "CLIENT" && member.clientId !== null && member.clientId !== clientId)
      throw badUserInput(
        `input.familyMembers[${index}].clientId`,
        "not_the_client",
        "A family member with relation CLIENT is the meeting's client: leave out clientId or give input.clientId.",
      );
  });
  return {
    id: idOrNew("input.id", input.id),
    kind,
    clientId,
    heldOn,
    facilitatorId,
    professionalIds: professionalIds.filter((id) => id !== facilitatorId),
    familyMembers,
    agreementIds,
  };
}
