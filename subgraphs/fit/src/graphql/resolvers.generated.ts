/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
import type { Resolvers } from "./types.generated";
import { fitAlerts as Query_fitAlerts } from "./resolvers/Query/fitAlerts";
import { fitConfiguration as Query_fitConfiguration } from "./resolvers/Query/fitConfiguration";
import { fitEpisode as Query_fitEpisode } from "./resolvers/Query/fitEpisode";
import { fitOutcomeReport as Query_fitOutcomeReport } from "./resolvers/Query/fitOutcomeReport";
import { fitUsers as Query_fitUsers } from "./resolvers/Query/fitUsers";
import { closeFitEpisode as Mutation_closeFitEpisode } from "./resolvers/Mutation/closeFitEpisode";
import { importFitSessions as Mutation_importFitSessions } from "./resolvers/Mutation/importFitSessions";
import { openFitEpisode as Mutation_openFitEpisode } from "./resolvers/Mutation/openFitEpisode";
import { publishFitConfiguration as Mutation_publishFitConfiguration } from "./resolvers/Mutation/publishFitConfiguration";
import { recordFitSession as Mutation_recordFitSession } from "./resolvers/Mutation/recordFitSession";
import { Client } from "./resolvers/Client";
import { FitAlert } from "./resolvers/FitAlert";
import { FitConfiguration } from "./resolvers/FitConfiguration";
import { FitDerivedValues } from "./resolvers/FitDerivedValues";
import { FitEpisode } from "./resolvers/FitEpisode";
import { FitEpisodeConnection } from "./resolvers/FitEpisodeConnection";
import { FitEpisodeEdge } from "./resolvers/FitEpisodeEdge";
import { FitImportCounts } from "./resolvers/FitImportCounts";
import { FitImportRejection } from "./resolvers/FitImportRejection";
import { FitImportReport } from "./resolvers/FitImportReport";
import { FitOutcomeReportRow } from "./resolvers/FitOutcomeReportRow";
import { FitPageInfo } from "./resolvers/FitPageInfo";
import { FitSeries } from "./resolvers/FitSeries";
import { FitSeriesPoint } from "./resolvers/FitSeriesPoint";
import { FitSession } from "./resolvers/FitSession";
import { FitSessionConnection } from "./resolvers/FitSessionConnection";
import { FitSessionEdge } from "./resolvers/FitSessionEdge";
import { FitUsersRow } from "./resolvers/FitUsersRow";
import { ImportedFitValues } from "./resolvers/ImportedFitValues";
import { Measurement } from "./resolvers/Measurement";
import { Professional } from "./resolvers/Professional";
import { SkippedMeasure } from "./resolvers/SkippedMeasure";
import { DateScalar } from "@silta/kernel";
export const resolvers: Resolvers = {
  Query: {
    fitAlerts: Query_fitAlerts,
    fitConfiguration: Query_fitConfiguration,
    fitEpisode: Query_fitEpisode,
    fitOutcomeReport: Query_fitOutcomeReport,
    fitUsers: Query_fitUsers,
  },
  Mutation: {
    closeFitEpisode: Mutation_closeFitEpisode,
    importFitSessions: Mutation_importFitSessions,
    openFitEpisode: Mutation_openFitEpisode,
    publishFitConfiguration: Mutation_publishFitConfiguration,
    recordFitSession: Mutation_recordFitSession,
  },

  Client: Client,
  FitAlert: FitAlert,
  FitConfiguration: FitConfiguration,
  FitDerivedValues: FitDerivedValues,
  FitEpisode: FitEpisode,
  FitEpisodeConnection: FitEpisodeConnection,
  FitEpisodeEdge: FitEpisodeEdge,
  FitImportCounts: FitImportCounts,
  FitImportRejection: FitImportRejection,
  FitImportReport: FitImportReport,
  FitOutcomeReportRow: FitOutcomeReportRow,
  FitPageInfo: FitPageInfo,
  FitSeries: FitSeries,
  FitSeriesPoint: FitSeriesPoint,
  FitSession: FitSession,
  FitSessionConnection: FitSessionConnection,
  FitSessionEdge: FitSessionEdge,
  FitUsersRow: FitUsersRow,
  ImportedFitValues: ImportedFitValues,
  Measurement: Measurement,
  Professional: Professional,
  SkippedMeasure: SkippedMeasure,
  Date: DateScalar,
};
