/** Parent shapes of the teams schema: the rows the stores return, resolved field by field. */
export type { Organization as OrganizationMapper } from "../data/prisma/client";
export type { Professional as ProfessionalMapper } from "../data/prisma/client";
export type { Team as TeamMapper } from "../data/prisma/client";
export type { TeamMembership as TeamMemberMapper } from "../data/prisma/client";
export type { ResponsibleWorker as ResponsibleWorkerPeriodMapper } from "../data/prisma/client";
export type { Meeting as MeetingMapper } from "../data/prisma/client";
export type { MeetingFamilyMember as MeetingFamilyMemberMapper } from "../data/prisma/client";

/** A client is known here only by id; the clients subgraph resolves the rest. */
export interface ClientMapper {
  id: string;
}

export type { ClientTeamMember as ClientTeamMemberMapper } from "../domain/clientTeam";
