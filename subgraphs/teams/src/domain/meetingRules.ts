import { badUserInput } from "@silta/kernel";

/** The client's team on the meeting day: who may not facilitate, and who the responsible worker was. */
export interface ClientTeamOnDay {
  memberIds: ReadonlySet<string>;
  responsibleWorkerId: string | null;
}

/**
 * Verkostopalaveri: the facilitator is an outside, neutral professional, so a member of the
 * client's team (the responsible worker included) cannot lead it.
 */
export function assertOutsideFacilitator(field: string, facilitatorId: string, team: ClientTeamOnDay): void {
  if (team.memberIds.has(facilitatorId) || team.responsibleWorkerId === facilitatorId)
    throw badUserInput(
      field,
      "facilitator_on_team",
      "The facilitator of a network meeting must come from outside the client's team, but this professional is on it. Choose a facilitator who does not work with the client.",
    );
}

/** Yhteistapaaminen: at least the responsible worker and the client. */
export function assertJointMeetingQuorum(
  input: { professionalIds: readonly string[]; relations: readonly string[] },
  team: ClientTeamOnDay,
): void {
  if (team.responsibleWorkerId === null)
    throw badUserInput(
      "input.clientId",
      "no_responsible_worker",
      "The client had no responsible worker on that day; assign one before recording a joint meeting.",
    );
  if (!input.professionalIds.includes(team.responsibleWorkerId))
    throw badUserInput(
      "input.professionalIds",
      "responsible_worker_absent",
      "A joint meeting is between the client and their responsible worker: include the responsible worker of that day.",
    );
  if (!input.relations.includes("CLIENT"))
    throw badUserInput(
      "input.familyMembers",
      "client_absent",
      "A joint meeting is between the client and their responsible worker: include the client (relation CLIENT).",
    );
}
