/** Parent shapes of the fit schema: the rows the stores return, resolved field by field. */
import type { LocalDate } from "@silta/kernel";
export type { MeasurementRow as MeasurementMapper } from "../data/rows";
export type { EpisodeRow as FitEpisodeMapper } from "../data/rows";
export type { SessionRow as FitSessionMapper } from "../data/rows";
import type { MeasurementRow } from "../data/rows";

/** A skipped measure is a measurement row without a total. */
export type SkippedMeasureMapper = MeasurementRow;

/** Derived and imported values are read off the measurement row. */
export type FitDerivedValuesMapper = MeasurementRow;
export type ImportedFitValuesMapper = MeasurementRow;

/** A client is known here only by id; the clients subgraph resolves the rest. */
export interface ClientMapper {
  id: string;
}

/** A professional is known here only by id; the teams subgraph resolves the rest. */
export interface ProfessionalMapper {
  id: string;
}

/** An alert row: the episode is loaded by id when asked for. */
export interface FitAlertMapper {
  clientId: string;
  episodeId: string;
  sessionId: string;
  heldOn: LocalDate;
  srsAlert: boolean;
  reliableDeterioration: boolean;
}
