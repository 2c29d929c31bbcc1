import type { CareTeam, CareTeamParticipant } from "fhir/r4";
import { SILTA_TEAM_ROLE } from "./fhirCodes";
import type { TeamData } from "./fhirOperations";

/**
 * A team that works with the client as a FHIR R4 CareTeam: its current members as participants
 * (Practitioner references) with their team role, the client's responsible worker (omatyöntekijä)
 * marked with the role `responsible_worker`. Former members are left out: a CareTeam says who is
 * on it now.
 */
export function careTeamFromTeam(patientId: string, team: TeamData, responsibleWorkerId: string | null): CareTeam {
  const participant: CareTeamParticipant[] = team.members
    .filter((member) => member.until === null)
    .map((member) => {
      const roles = [member.role, ...(member.professional.id === responsibleWorkerId ? ["responsible_worker"] : [])];
      return {
        role: roles.map((role) => ({ coding: [{ system: SILTA_TEAM_ROLE, code: role }], text: role })),
        member: { reference: `Practitioner/${member.professional.id}` },
        period: { start: member.since },
      };
    });
  return {
    resourceType: "CareTeam",
    id: team.id,
    status: "active",
    category: [{ text: team.kind }],
    name: team.name,
    subject: { reference: `Patient/${patientId}` },
    ...(participant.length > 0 ? { participant } : {}),
  };
}
