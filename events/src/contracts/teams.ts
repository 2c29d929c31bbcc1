import { z } from "zod";
import { contract } from "../contract";
import { code, day, flag, id, ids, instant, optionalDay, optionalId } from "../fields";

/**
 * The teams subgraph's events. The first eight (organisations, memberships, team↔client links,
 * responsible workers) are the access contract: consents builds access decisions from them.
 */
const organization = { organizationId: id, type: code, isCountyOrganization: flag };
/** `unitId`: the professional's unit, when a producer knows it (teams does not yet; training's projection keeps it). */
const professional = { professionalId: id, organizationId: id, active: flag, unitId: optionalId };

export const organizationCreated = contract({
  type: "organization.created",
  source: "teams",
  entity: "Organization",
  changedFields: "every given field (`name`, `type`, `businessId`, `isCountyOrganization` …) — _data_",
  shape: organization,
});
export const organizationUpdated = contract({
  type: "organization.updated",
  source: "teams",
  entity: "Organization",
  changedFields: "the updated fields, e.g. `name` (name not carried)",
  shape: organization,
});
export const professionalCreated = contract({
  type: "professional.created",
  source: "teams",
  entity: "Professional",
  shape: professional,
});
export const professionalUpdated = contract({
  type: "professional.updated",
  source: "teams",
  entity: "Professional",
  changedFields: "the updated fields, e.g. `lastName`, `active`",
  shape: professional,
});
export const teamCreated = contract({ type: "team.created", source: "teams", entity: "Team", shape: { teamId: id, kind: code } });
export const teamMemberAdded = contract({
  type: "team.member_added",
  source: "teams",
  entity: "Team",
  shape: { teamId: id, professionalId: id, organizationId: id, role: code, since: optionalDay, until: optionalDay },
});
export const teamMemberRemoved = contract({
  type: "team.member_removed",
  source: "teams",
  entity: "Team",
  shape: { teamId: id, professionalId: id, until: optionalDay },
});
export const teamClientAdded = contract({
  type: "team.client_added",
  source: "teams",
  entity: "Team",
  shape: { teamId: id, clientId: id, since: optionalDay, until: optionalDay },
});
export const teamClientRemoved = contract({
  type: "team.client_removed",
  source: "teams",
  entity: "Team",
  shape: { teamId: id, clientId: id, until: optionalDay },
});
export const responsibleWorkerAssigned = contract({
  type: "client.responsible_worker_assigned",
  source: "teams",
  entity: "Client",
  shape: { clientId: id, professionalId: id, organizationId: id, previousProfessionalId: optionalId, since: optionalDay },
});
export const meetingRecorded = contract({
  type: "meeting.recorded",
  source: "teams",
  entity: "Meeting",
  shape: {
    meetingId: id,
    kind: code,
    clientId: id,
    heldOn: day,
    facilitatorId: optionalId,
    professionalIds: ids,
    familyMembers: z.array(z.strictObject({ relation: code, clientId: optionalId })),
    agreementIds: ids,
  },
});
/** A network meeting planned ahead; its place, link and invitees' names are not carried. */
export const meetingScheduled = contract({
  type: "meeting.scheduled",
  source: "teams",
  entity: "Meeting",
  shape: {
    meetingId: id,
    kind: code,
    clientId: id,
    heldOn: day,
    startsAt: instant,
    facilitatorId: optionalId,
    professionalIds: ids,
    familyMembers: z.array(z.strictObject({ relation: code, clientId: optionalId })),
  },
});
/** A scheduled meeting held or cancelled; its outcome or reason (free text) is not carried. */
const scheduledMeetingEnded = { meetingId: id, clientId: id, heldOn: day };
export const meetingHeld = contract({
  type: "meeting.held",
  source: "teams",
  entity: "Meeting",
  changedFields: "`status` (the outcome, free text, not carried)",
  shape: scheduledMeetingEnded,
});
export const meetingCancelled = contract({
  type: "meeting.cancelled",
  source: "teams",
  entity: "Meeting",
  changedFields: "`status` (the reason, free text, not carried)",
  shape: scheduledMeetingEnded,
});

/** In catalogue order. */
export const teamsEvents = [
  organizationCreated,
  organizationUpdated,
  professionalCreated,
  professionalUpdated,
  teamCreated,
  teamMemberAdded,
  teamMemberRemoved,
  teamClientAdded,
  teamClientRemoved,
  responsibleWorkerAssigned,
  meetingRecorded,
  meetingScheduled,
  meetingHeld,
  meetingCancelled,
] as const;
