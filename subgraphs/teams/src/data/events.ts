import { LocalDate, type NewEvent } from "@silta/kernel";

/**
 * The events of teams, exactly as the event contract between teams, clients and consents states
 * them (version 1): ids, codes and dates only, never names. Consents builds access decisions from them.
 */

export function organizationEvent(
  type: "organization.created" | "organization.updated",
  actorId: string,
  organization: { id: string; type: string; isCountyOrganization: boolean },
): NewEvent {
  return {
    type,
    aggregateType: "Organization",
    aggregateId: organization.id,
    actorId,
    data: { organizationId: organization.id, type: organization.type, isCountyOrganization: organization.isCountyOrganization },
  };
}

export function professionalEvent(
  type: "professional.created" | "professional.updated",
  actorId: string,
  professional: { id: string; organizationId: string; active: boolean },
): NewEvent {
  return {
    type,
    aggregateType: "Professional",
    aggregateId: professional.id,
    actorId,
    data: { professionalId: professional.id, organizationId: professional.organizationId, active: professional.active },
  };
}

export function teamCreated(actorId: string, team: { id: string; kind: string }): NewEvent {
  return {
    type: "team.created",
    aggregateType: "Team",
    aggregateId: team.id,
    actorId,
    data: { teamId: team.id, kind: team.kind },
  };
}

export function memberAdded(
  actorId: string,
  membership: { teamId: string; professionalId: string; role: string; since: Date; until: Date | null },
  organizationId: string,
): NewEvent {
  return {
    type: "team.member_added",
    aggregateType: "Team",
    aggregateId: membership.teamId,
    actorId,
    data: {
      teamId: membership.teamId,
      professionalId: membership.professionalId,
      organizationId,
      role: membership.role,
      since: LocalDate.fromDb(membership.since),
      until: LocalDate.fromDb(membership.until),
    },
  };
}

export function memberRemoved(
  actorId: string,
  membership: { teamId: string; professionalId: string; until: Date | null },
): NewEvent {
  return {
    type: "team.member_removed",
    aggregateType: "Team",
    aggregateId: membership.teamId,
    actorId,
    data: { teamId: membership.teamId, professionalId: membership.professionalId, until: LocalDate.fromDb(membership.until) },
  };
}

export function clientAdded(
  actorId: string,
  link: { teamId: string; clientId: string; since: Date; until: Date | null },
): NewEvent {
  return {
    type: "team.client_added",
    aggregateType: "Team",
    aggregateId: link.teamId,
    actorId,
    data: {
      teamId: link.teamId,
      clientId: link.clientId,
      since: LocalDate.fromDb(link.since),
      until: LocalDate.fromDb(link.until),
    },
  };
}

export function clientRemoved(actorId: string, link: { teamId: string; clientId: string; until: Date | null }): NewEvent {
  return {
    type: "team.client_removed",
    aggregateType: "Team",
    aggregateId: link.teamId,
    actorId,
    data: { teamId: link.teamId, clientId: link.clientId, until: LocalDate.fromDb(link.until) },
  };
}

export function responsibleWorkerAssigned(
  actorId: string,
  assignment: {
    clientId: string;
    professionalId: string;
    organizationId: string;
    previousProfessionalId: string | null;
    since: LocalDate;
  },
): NewEvent {
  return {
    type: "client.responsible_worker_assigned",
    aggregateType: "Client",
    aggregateId: assignment.clientId,
    actorId,
    data: assignment,
  };
}

export function meetingRecorded(
  actorId: string,
  meeting: {
    id: string;
    kind: string;
    clientId: string;
    heldOn: LocalDate;
    facilitatorId: string | null;
    professionalIds: string[];
    familyMembers: { relation: string; clientId: string | null }[];
    agreementIds: string[];
  },
): NewEvent {
  return {
    type: "meeting.recorded",
    aggregateType: "Meeting",
    aggregateId: meeting.id,
    actorId,
    data: {
      meetingId: meeting.id,
      kind: meeting.kind,
      clientId: meeting.clientId,
      heldOn: meeting.heldOn,
      facilitatorId: meeting.facilitatorId,
      professionalIds: meeting.professionalIds,
      familyMembers: meeting.familyMembers,
      agreementIds: meeting.agreementIds,
    },
  };
}

/** A network meeting planned ahead; its place, link and invitees' names are not carried. */
export function meetingScheduled(
  actorId: string,
  meeting: {
    id: string;
    kind: string;
    clientId: string;
    heldOn: LocalDate;
    startsAt: Date;
    facilitatorId: string | null;
    professionalIds: string[];
    familyMembers: { relation: string; clientId: string | null }[];
  },
): NewEvent {
  return {
    type: "meeting.scheduled",
    aggregateType: "Meeting",
    aggregateId: meeting.id,
    actorId,
    data: {
      meetingId: meeting.id,
      kind: meeting.kind,
      clientId: meeting.clientId,
      heldOn: meeting.heldOn,
      startsAt: meeting.startsAt.toISOString(),
      facilitatorId: meeting.facilitatorId,
      professionalIds: meeting.professionalIds,
      familyMembers: meeting.familyMembers,
    },
  };
}

/** A scheduled meeting held (its outcome, free text, not carried) or cancelled (its reason neither). */
export function scheduledMeetingEnded(
  type: "meeting.held" | "meeting.cancelled",
  actorId: string,
  meeting: { id: string; clientId: string; heldOn: Date },
): NewEvent {
  return {
    type,
    aggregateType: "Meeting",
    aggregateId: meeting.id,
    actorId,
    data: { meetingId: meeting.id, clientId: meeting.clientId, heldOn: LocalDate.fromDb(meeting.heldOn) },
  };
}
