/** One professional of a client's own team ("my team"), with the teams that bring them to the client. */
export interface ClientTeamMember {
  /** The client whose team it is: the id its `@clientData` rule decides. */
  clientId: string;
  professionalId: string;
  isResponsibleWorker: boolean;
  teamIds: string[];
}

/**
 * The client's own team: the responsible worker first, then every member of the teams working with
 * the client, each once however many of those teams they are on.
 */
export function assembleClientTeam(
  clientId: string,
  responsibleWorkerId: string | null,
  memberships: readonly { professionalId: string; teamId: string }[],
): ClientTeamMember[] {
  const members = new Map<string, ClientTeamMember>();
  if (responsibleWorkerId)
    members.set(responsibleWorkerId, { clientId, professionalId: responsibleWorkerId, isResponsibleWorker: true, teamIds: [] });
  for (const { professionalId, teamId } of memberships) {
    const member = members.get(professionalId) ?? { clientId, professionalId, isResponsibleWorker: false, teamIds: [] };
    if (!member.teamIds.includes(teamId)) member.teamIds.push(teamId);
    members.set(professionalId, member);
  }
  return [...members.values()];
}
