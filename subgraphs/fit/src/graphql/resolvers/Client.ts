import { selectsOnly } from "@silta/kernel";
import { LEAN_MEASUREMENT_FIELDS, seriesOfClients } from "../../data/measurementStore";
import { isOutcome } from "../../domain/instrumentKinds";
import { optionalUuid } from "../inputs";
import { episodeConnection, episodeKey, episodePageSize } from "../paging";
import type { ClientResolvers, FitSeriesPoint } from "./../types.generated";
import type { MeasurementRow } from "../../data/rows";

const point = (row: MeasurementRow): FitSeriesPoint => ({
  measurementId: row.id,
  sessionId: row.sessionId!,
  episodeId: row.episodeId!,
  date: row.measuredOn,
  instrument: row.instrument,
  rater: row.rater,
  raterRelation: row.raterRelation,
  total: row.total!,
  cutoff: row.cutoff,
  clinical: row.clinical,
  changeFromIntake: row.changeFromIntake,
  reliableChange: row.reliableChange,
  alert: row.srsAlert,
  etrTarget: row.etrTarget,
  etrStatus: row.etrStatus,
  configurationVersion: row.configVersion,
});

// Every field is `@clientData(category: fit)` in the SDL: the kernel decides and logs the viewer's basis
// before it resolves (enforceClientDataRules), once per client and request, so none asks the guard here.
export const Client: ClientResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  // The latest scores of all the request's clients are one statement; a selection of only the lean
  // fields (a caseload's `instrument total`) reads only their columns.
  latestOutcome: (parent, _arg, ctx, info) =>
    ctx.loaders.latestMeasurement.load({
      clientId: parent.id,
      kind: "outcome",
      full: !selectsOnly(info, "Measurement", LEAN_MEASUREMENT_FIELDS),
    }),
  latestSessionRating: (parent, _arg, ctx, info) =>
    ctx.loaders.latestMeasurement.load({
      clientId: parent.id,
      kind: "sessionRating",
      full: !selectsOnly(info, "Measurement", LEAN_MEASUREMENT_FIELDS),
    }),
  fitEpisodes: async (parent, { first, after }, ctx) => {
    const limit = episodePageSize(first);
    const key = episodeKey(after);
    return episodeConnection(await ctx.loaders.episodePageOfClient(limit + 1, key).load(parent.id), limit);
  },
  // A series is asked for one client at a time (a chart), so it is one query without a loader.
  fitSeries: async (parent, { episodeId }, ctx) => {
    const episode = optionalUuid("episodeId", episodeId);
    const rows = await seriesOfClients(ctx.prisma, [parent.id], episode);
    return {
      outcome: rows.filter((row) => isOutcome(row.instrument)).map(point),
      sessionRating: rows.filter((row) => !isOutcome(row.instrument)).map(point),
    };
  },
};
