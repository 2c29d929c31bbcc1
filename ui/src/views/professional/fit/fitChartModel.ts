import type { ClientFitQuery } from "../../../graphql/operations.generated";

export type FitSeriesPoint = NonNullable<NonNullable<ClientFitQuery["client"]>["fitSeries"]>["outcome"][number];
export type FitConfiguration = ClientFitQuery["fitConfiguration"];

/** One session on the graph: the outcome score (ORS, CORS, YCORS) and the session rating (SRS…), with alerts. */
export interface FitChartRow {
  sessionId: string;
  date: string;
  outcome?: number;
  sessionRating?: number;
  /** A reliable deterioration since intake. */
  outcomeAlert: boolean;
  /** The session rating below the alert limit, or dropped: talk about the alliance. */
  sessionRatingAlert: boolean;
  reliableChange?: string | null;
  changeFromIntake?: number | null;
}

export interface FitChartModel {
  rows: FitChartRow[];
  /** The outcome instrument's clinical cutoff (kliininen raja), or undefined with no outcome scores. */
  cutoff?: number;
  /** Scores within this band around the intake score are no reliable change (luotettava muutos). */
  reliableChangeBand?: { low: number; high: number };
  instrument?: string;
}

/** The reliable change index of an outcome instrument, from the county's FIT configuration. */
export function reliableChangeOf(instrument: string, configuration: FitConfiguration): number {
  if (instrument === "CORS") return configuration.reliableChangeCors;
  if (instrument === "YCORS") return configuration.reliableChangeYcors;
  return configuration.reliableChangeOrs;
}

/**
 * The graph of one series of sessions: a row per session in date order, the cutoff the hub derived
 * for the outcome scores (the configuration's adult cutoff when the points carry none), and the band
 * of no reliable change around the first (intake) score.
 */
export function fitChartModel(
  outcome: readonly FitSeriesPoint[],
  sessionRating: readonly FitSeriesPoint[],
  configuration: FitConfiguration,
): FitChartModel {
  const rows = new Map<string, FitChartRow>();
  const rowOf = (point: FitSeriesPoint) => {
    let row = rows.get(point.sessionId);
    if (!row) {
      row = { sessionId: point.sessionId, date: point.date, outcomeAlert: false, sessionRatingAlert: false };
      rows.set(point.sessionId, row);
    }
    return row;
  };
  for (const point of outcome) {
    const row = rowOf(point);
    row.outcome = point.total;
    row.outcomeAlert = point.reliableChange === "DETERIORATED";
    row.reliableChange = point.reliableChange;
    row.changeFromIntake = point.changeFromIntake;
  }
  for (const point of sessionRating) {
    const row = rowOf(point);
    row.sessionRating = point.total;
    row.sessionRatingAlert = point.alert === true;
  }
  const ordered = [...rows.values()].sort((a, b) => a.date.localeCompare(b.date) || a.sessionId.localeCompare(b.sessionId));
  const intake = [...outcome].sort((a, b) => a.date.localeCompare(b.date))[0];
  if (!intake) return { rows: ordered };
  const reliableChange = reliableChangeOf(intake.instrument, configuration);
  return {
    rows: ordered,
    cutoff: intake.cutoff ?? configuration.adultCutoff,
    reliableChangeBand: { low: Math.max(0, intake.total - reliableChange), high: Math.min(40, intake.total + reliableChange) },
    instrument: intake.instrument,
  };
}
