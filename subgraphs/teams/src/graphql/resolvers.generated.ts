/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { organization as Query_organization } from "./resolvers/Query/organization";
import { organizations as Query_organizations } from "./resolvers/Query/organizations";
import { professional as Query_professional } from "./resolvers/Query/professional";
import { team as Query_team } from "./resolvers/Query/team";
import { teams as Query_teams } from "./resolvers/Query/teams";
import { Client } from "./resolvers/Client";
import { Organization } from "./resolvers/Organization";
import { Professional } from "./resolvers/Professional";
import { Team } from "./resolvers/Team";
import { TeamMember } from "./resolvers/TeamMember";
import { DateResolver } from "graphql-scalars";
export const resolvers: Resolvers = {
  Query: {
    organization: Query_organization,
    organizations: Query_organizations,
    professional: Query_professional,
    team: Query_team,
    teams: Query_teams,
  },

  Client: Client,
  Organization: Organization,
  Professional: Professional,
  Team: Team,
  TeamMember: TeamMember,
  Date: DateResolver,
};
