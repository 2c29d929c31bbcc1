/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { accessLog as Query_accessLog } from "./resolvers/Query/accessLog";
import { clientAccessOverview as Query_clientAccessOverview } from "./resolvers/Query/clientAccessOverview";
import { clientBans as Query_clientBans } from "./resolvers/Query/clientBans";
import { clientConsents as Query_clientConsents } from "./resolvers/Query/clientConsents";
import { consentsExpiring as Query_consentsExpiring } from "./resolvers/Query/consentsExpiring";
import { endStatutoryBasis as Mutation_endStatutoryBasis } from "./resolvers/Mutation/endStatutoryBasis";
import { liftBan as Mutation_liftBan } from "./resolvers/Mutation/liftBan";
import { recordBan as Mutation_recordBan } from "./resolvers/Mutation/recordBan";
import { recordConsent as Mutation_recordConsent } from "./resolvers/Mutation/recordConsent";
import { recordStatutoryBasis as Mutation_recordStatutoryBasis } from "./resolvers/Mutation/recordStatutoryBasis";
import { revokeConsent as Mutation_revokeConsent } from "./resolvers/Mutation/revokeConsent";
import { AccessGrant } from "./resolvers/AccessGrant";
import { AccessLogConnection } from "./resolvers/AccessLogConnection";
import { AccessLogEdge } from "./resolvers/AccessLogEdge";
import { AccessLogEntry } from "./resolvers/AccessLogEntry";
import { AccessLogPageInfo } from "./resolvers/AccessLogPageInfo";
import { Ban } from "./resolvers/Ban";
import { Client } from "./resolvers/Client";
import { Consent } from "./resolvers/Consent";
import { Organization } from "./resolvers/Organization";
import { Professional } from "./resolvers/Professional";
import { StatutoryBasis } from "./resolvers/StatutoryBasis";
import { Team } from "./resolvers/Team";
import { DateScalar, DateTimeScalar } from "@silta/kernel";
export const resolvers: Resolvers = {
  Query: {
    accessLog: Query_accessLog,
    clientAccessOverview: Query_clientAccessOverview,
    clientBans: Query_clientBans,
    clientConsents: Query_clientConsents,
    consentsExpiring: Query_consentsExpiring,
  },
  Mutation: {
    endStatutoryBasis: Mutation_endStatutoryBasis,
    liftBan: Mutation_liftBan,
    recordBan: Mutation_recordBan,
    recordConsent: Mutation_recordConsent,
    recordStatutoryBasis: Mutation_recordStatutoryBasis,
    revokeConsent: Mutation_revokeConsent,
  },

  AccessGrant: AccessGrant,
  AccessLogConnection: AccessLogConnection,
  AccessLogEdge: AccessLogEdge,
  AccessLogEntry: AccessLogEntry,
  AccessLogPageInfo: AccessLogPageInfo,
  Ban: Ban,
  Client: Client,
  Consent: Consent,
  Organization: Organization,
  Professional: Professional,
  StatutoryBasis: StatutoryBasis,
  Team: Team,
  Date: DateScalar,
  DateTime: DateTimeScalar,
};
