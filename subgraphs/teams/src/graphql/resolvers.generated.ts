/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { clientsWithoutResponsibleWorker as Query_clientsWithoutResponsibleWorker } from "./resolvers/Query/clientsWithoutResponsibleWorker";
import { meeting as Query_meeting } from "./resolvers/Query/meeting";
import { organization as Query_organization } from "./resolvers/Query/organization";
import { organizations as Query_organizations } from "./resolvers/Query/organizations";
import { professional as Query_professional } from "./resolvers/Query/professional";
import { team as Query_team } from "./resolvers/Query/team";
import { teams as Query_teams } from "./resolvers/Query/teams";
import { addClientToTeam as Mutation_addClientToTeam } from "./resolvers/Mutation/addClientToTeam";
import { addTeamMember as Mutation_addTeamMember } from "./resolvers/Mutation/addTeamMember";
import { assignResponsibleWorker as Mutation_assignResponsibleWorker } from "./resolvers/Mutation/assignResponsibleWorker";
import { cancelMeeting as Mutation_cancelMeeting } from "./resolvers/Mutation/cancelMeeting";
import { createOrganization as Mutation_createOrganization } from "./resolvers/Mutation/createOrganization";
import { createProfessional as Mutation_createProfessional } from "./resolvers/Mutation/createProfessional";
import { createTeam as Mutation_createTeam } from "./resolvers/Mutation/createTeam";
import { endTeamMembership as Mutation_endTeamMembership } from "./resolvers/Mutation/endTeamMembership";
import { recordJointMeeting as Mutation_recordJointMeeting } from "./resolvers/Mutation/recordJointMeeting";
import { recordMeetingHeld as Mutation_recordMeetingHeld } from "./resolvers/Mutation/recordMeetingHeld";
import { recordNetworkMeeting as Mutation_recordNetworkMeeting } from "./resolvers/Mutation/recordNetworkMeeting";
import { removeClientFromTeam as Mutation_removeClientFromTeam } from "./resolvers/Mutation/removeClientFromTeam";
import { scheduleNetworkMeeting as Mutation_scheduleNetworkMeeting } from "./resolvers/Mutation/scheduleNetworkMeeting";
import { updateOrganization as Mutation_updateOrganization } from "./resolvers/Mutation/updateOrganization";
import { updateProfessional as Mutation_updateProfessional } from "./resolvers/Mutation/updateProfessional";
import { Client } from "./resolvers/Client";
import { ClientListConnection } from "./resolvers/ClientListConnection";
import { ClientListEdge } from "./resolvers/ClientListEdge";
import { ClientTeamMember } from "./resolvers/ClientTeamMember";
import { Meeting } from "./resolvers/Meeting";
import { MeetingFamilyMember } from "./resolvers/MeetingFamilyMember";
import { Organization } from "./resolvers/Organization";
import { Professional } from "./resolvers/Professional";
import { ResponsibleWorkerPeriod } from "./resolvers/ResponsibleWorkerPeriod";
import { Team } from "./resolvers/Team";
import { TeamMember } from "./resolvers/TeamMember";
import { TeamsPageInfo } from "./resolvers/TeamsPageInfo";
import { UnassignedClientConnection } from "./resolvers/UnassignedClientConnection";
import { UnassignedClientEdge } from "./resolvers/UnassignedClientEdge";
import { DateScalar, DateTimeScalar } from "@silta/kernel";
export const resolvers: Resolvers = {
  Query: {
    clientsWithoutResponsibleWorker: Query_clientsWithoutResponsibleWorker,
    meeting: Query_meeting,
    organization: Query_organization,
    organizations: Query_organizations,
    professional: Query_professional,
    team: Query_team,
    teams: Query_teams,
  },
  Mutation: {
    addClientToTeam: Mutation_addClientToTeam,
    addTeamMember: Mutation_addTeamMember,
    assignResponsibleWorker: Mutation_assignResponsibleWorker,
    cancelMeeting: Mutation_cancelMeeting,
    createOrganization: Mutation_createOrganization,
    createProfessional: Mutation_createProfessional,
    createTeam: Mutation_createTeam,
    endTeamMembership: Mutation_endTeamMembership,
    recordJointMeeting: Mutation_recordJointMeeting,
    recordMeetingHeld: Mutation_recordMeetingHeld,
    recordNetworkMeeting: Mutation_recordNetworkMeeting,
    removeClientFromTeam: Mutation_removeClientFromTeam,
    scheduleNetworkMeeting: Mutation_scheduleNetworkMeeting,
    updateOrganization: Mutation_updateOrganization,
    updateProfessional: Mutation_updateProfessional,
  },

  Client: Client,
  ClientListConnection: ClientListConnection,
  ClientListEdge: ClientListEdge,
  ClientTeamMember: ClientTeamMember,
  Meeting: Meeting,
  MeetingFamilyMember: MeetingFamilyMember,
  Organization: Organization,
  Professional: Professional,
  ResponsibleWorkerPeriod: ResponsibleWorkerPeriod,
  Team: Team,
  TeamMember: TeamMember,
  TeamsPageInfo: TeamsPageInfo,
  UnassignedClientConnection: UnassignedClientConnection,
  UnassignedClientEdge: UnassignedClientEdge,
  Date: DateScalar,
  DateTime: DateTimeScalar,
};
