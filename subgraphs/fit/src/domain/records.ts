import type { EpisodeClosure, EpisodeKind, Instrument, Rater, SessionMode } from "../data/prisma/enums";

/**
 * The one write model of the subgraph: GraphQL mutations and every import adapter turn their input
 * into these records, so one validator and one writer serve them all.
 */
export interface EpisodeRecord {
  id: string;
  clientId: string;
  /** Given by the caller: the fit subgraph does not own birth dates (clients does). */
  clientBirthDate: string | null;
  kind: EpisodeKind;
  ownerProfessionalId: string;
  teamId: string | null;
  unitId: string | null;
  organizationId: string | null;
  service: string | null;
  startedOn: string;
  endedOn: string | null;
  closure: EpisodeClosure | null;
  importSource: string | null;
}

export interface ImportedValues {
  /** Expected treatment response target (ORS) for this session, as the FIT app computed it. */
  etrTarget: number | null;
  /** The FIT app's status colour, e.g. "green", "yellow", "red". */
  etrStatus: string | null;
  effectSize: number | null;
  source: string;
  sourceVersion: string | null;
}

export interface MeasurementRecord {
  id: string;
  instrument: Instrument;
  rater: Rater;
  raterRelation: string | null;
  /** Four item scores, or null when only the total (or nothing, when skipped) was given. */
  items: number[] | null;
  total: number | null;
  skipReason: string | null;
  /** Why an instrument outside the client's age range was used anyway. */
  instrumentReason: string | null;
  imported: ImportedValues | null;
}

export interface SessionRecord {
  id: string;
  episodeId: string;
  heldOn: string;
  mode: SessionMode;
  professionalId: string;
  measurements: MeasurementRecord[];
}

/** One broken rule: `field` is the input path (or the import column), `rule` a short code. */
export interface Violation {
  field: string;
  rule: string;
  message: string;
}
