import { LocalDate } from "@silta/kernel";
import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from "graphql";
import {
  ClientMapper,
  FitAlertMapper,
  FitDerivedValuesMapper,
  FitEpisodeMapper,
  FitSessionMapper,
  ImportedFitValuesMapper,
  MeasurementMapper,
  ProfessionalMapper,
  SkippedMeasureMapper,
} from "./fit.mappers";
import { FitContext } from "../context";
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar date, ISO 8601 (`2026-11-23`). */
  Date: { input: LocalDate; output: LocalDate };
  _FieldSet: { input: unknown; output: unknown };
};

/**
 * The client's FIT data (category `fit`). Each field is null with `FORBIDDEN` at its path when the viewer
 * may not see it, so a denial leaves the client and the rest of the response intact.
 */
export type Client = {
  __typename?: "Client";
  /** The client's FIT episodes, newest first, a page at a time: `first` 1–100 (default 20), `after` a `pageInfo.endCursor` given out here. */
  fitEpisodes: Maybe<FitEpisodeConnection>;
  /** The client's ORS and SRS series, of one episode or of all. */
  fitSeries: Maybe<FitSeries>;
  /** The client's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
  /** The client's latest outcome score (ORS, or CORS/YCORS for children). */
  latestOutcome: Maybe<Measurement>;
  /** The client's latest session rating (SRS, CSRS, YCSRS or GSRS). */
  latestSessionRating: Maybe<Measurement>;
};

/**
 * The client's FIT data (category `fit`). Each field is null with `FORBIDDEN` at its path when the viewer
 * may not see it, so a denial leaves the client and the rest of the response intact.
 */
export type ClientfitEpisodesArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/**
 * The client's FIT data (category `fit`). Each field is null with `FORBIDDEN` at its path when the viewer
 * may not see it, so a denial leaves the client and the rest of the response intact.
 */
export type ClientfitSeriesArgs = {
  episodeId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** Categories of client data an access decision is made for (only what the task requires, Act 703/2023). */
export type ClientDataCategory =
  /**
   * The access log of the client (käyttöloki): who read or changed their data. Only the client, their
   * guardian and a data protection officer may read it.
   */
  | "access_log"
  /** Name, birth date, language, identity code, relationships, families, guardians. */
  | "basic"
  /** Concerns (huolet) and child welfare notices. */
  | "concerns"
  /** Consents, bans and statutory bases: whom the client lets see what. */
  | "consents"
  /** Address, phone and email. */
  | "contact"
  /** FIT episodes, sessions and measurements. */
  | "fit"
  /** The service plan, its agreements and reviews. */
  | "service_plan"
  /** The client's teams, responsible worker, team members and meetings. */
  | "team";

/** Closes an open episode. */
export type CloseFitEpisodeInput = {
  /** Planned or unplanned (dropout). */
  closure: FitEpisodeClosure;
  /** The last day; not before `startedOn`. */
  endedOn: Scalars["Date"]["input"];
  /** The episode's id. */
  id: Scalars["ID"]["input"];
};

/** A client whose latest session needs attention: an SRS alert, or a reliable deterioration. */
export type FitAlert = {
  __typename?: "FitAlert";
  /** The client. Only clients whose FIT data the viewer may see are listed. */
  client: Client;
  /** The open episode. */
  episode: FitEpisode;
  /** The day of that session. */
  heldOn: Scalars["Date"]["output"];
  /** The outcome score fell from intake by the reliable change threshold or more. */
  reliableDeterioration: Scalars["Boolean"]["output"];
  /** The latest session, the one that raised the alert. */
  sessionId: Scalars["ID"]["output"];
  /** The session rating was below the alert line or dropped by the configured amount. */
  srsAlert: Scalars["Boolean"]["output"];
};

/** The scoring configuration in force; every derived value names the version that produced it. */
export type FitConfiguration = {
  __typename?: "FitConfiguration";
  /** ORS clinical cutoff for ages 13-17 (default 25; a figure of 28 is cited but unconfirmed). */
  adolescentCutoff: Scalars["Float"]["output"];
  /** ORS clinical cutoff from age 18 (default 25); a total below it is in the clinical range. */
  adultCutoff: Scalars["Float"]["output"];
  /** CORS and YCORS clinical cutoff, under 13 (default 32). */
  childCutoff: Scalars["Float"]["output"];
  /** Reliable change threshold of CORS (default 10). */
  reliableChangeCors: Scalars["Float"]["output"];
  /** Reliable change threshold of ORS, in points (default 5). */
  reliableChangeOrs: Scalars["Float"]["output"];
  /** Reliable change threshold of YCORS (default 10). */
  reliableChangeYcors: Scalars["Float"]["output"];
  /** A session rating below this total raises an alert (default 36). */
  srsAlertBelow: Scalars["Float"]["output"];
  /** A session rating this many points below the previous one raises an alert (default 1). */
  srsAlertDrop: Scalars["Float"]["output"];
  /** The version number, 1 upwards; each publication adds one. */
  version: Scalars["Int"]["output"];
};

/**
 * A new version of the scoring configuration. Each value is points, 0-40 with one decimal; thresholds
 * at least 0.1.
 */
export type FitConfigurationInput = {
  /** ORS clinical cutoff for ages 13-17. */
  adolescentCutoff: Scalars["Float"]["input"];
  /** ORS clinical cutoff from age 18. */
  adultCutoff: Scalars["Float"]["input"];
  /** CORS and YCORS clinical cutoff, under 13. */
  childCutoff: Scalars["Float"]["input"];
  /** Reliable change threshold of CORS. */
  reliableChangeCors: Scalars["Float"]["input"];
  /** Reliable change threshold of ORS. */
  reliableChangeOrs: Scalars["Float"]["input"];
  /** Reliable change threshold of YCORS. */
  reliableChangeYcors: Scalars["Float"]["input"];
  /** Session ratings below this total raise an alert. */
  srsAlertBelow: Scalars["Float"]["input"];
  /** A drop of this many points from the previous session rating raises an alert. */
  srsAlertDrop: Scalars["Float"]["input"];
};

/** Values the hub derives from the scores, with the version of the configuration that produced them. */
export type FitDerivedValues = {
  __typename?: "FitDerivedValues";
  /** Outcome measures after the intake: total minus the intake total of the same rater and instrument. */
  changeFromIntake: Maybe<Scalars["Float"]["output"]>;
  /** Outcome measures: the total is below the clinical cutoff for the instrument and the client's age (kliininen alue). */
  clinical: Maybe<Scalars["Boolean"]["output"]>;
  /** The `FitConfiguration.version` whose cutoffs and thresholds produced these values. */
  configurationVersion: Scalars["Int"]["output"];
  /** Outcome measures: the clinical cutoff applied; session ratings: the alert line. */
  cutoff: Maybe<Scalars["Float"]["output"]>;
  /**
   * Outcome measures after the intake: whether `changeFromIntake` reaches the reliable change
   * threshold of the instrument.
   */
  reliableChange: Maybe<ReliableChange>;
  /** Session ratings: total below the alert line, or a drop of the configured size (default 1) from the previous session. */
  srsAlert: Maybe<Scalars["Boolean"]["output"]>;
};

/** An episode of work (jakso, asiakkuus) with a client, a couple, a family or a group. */
export type FitEpisode = {
  __typename?: "FitEpisode";
  /** The client the episode is recorded for. */
  client: Client;
  /** How it ended; null while open. */
  closure: Maybe<FitEpisodeClosure>;
  /** The last day; null while the episode is open. */
  endedOn: Maybe<Scalars["Date"]["output"]>;
  /** The episode's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** The app it was imported from, when imported. */
  importSource: Maybe<Scalars["String"]["output"]>;
  /** Individual, couple, family or group work. */
  kind: FitEpisodeKind;
  /** The organisation it belongs to, for the reports; null when none. */
  organizationId: Maybe<Scalars["ID"]["output"]>;
  /** The professional who owns the episode. */
  owner: Professional;
  /** The service's code, e.g. `family_counselling`. */
  service: Maybe<Scalars["String"]["output"]>;
  /** Sessions, oldest first, a page at a time: `first` 1–200 (default 50), `after` a `pageInfo.endCursor` given out here. */
  sessions: FitSessionConnection;
  /** The first day of the episode. */
  startedOn: Scalars["Date"]["output"];
  /** The team it belongs to, for the reports; null when none. */
  teamId: Maybe<Scalars["ID"]["output"]>;
  /** The unit it belongs to, for the reports; null when none. */
  unitId: Maybe<Scalars["ID"]["output"]>;
};

/** An episode of work (jakso, asiakkuus) with a client, a couple, a family or a group. */
export type FitEpisodesessionsArgs = {
  after?: InputMaybe<Scalars["String"]["input"]>;
  first?: InputMaybe<Scalars["Int"]["input"]>;
};

/** How an episode ended: as planned, or unplanned (dropout, keskeytys). */
export type FitEpisodeClosure =
  /** Ended as agreed with the client. */
  | "PLANNED"
  /**
   * Ended before the goal without agreement (dropout, keskeytys); counts in the reports' dropout
   * share.
   */
  | "UNPLANNED";

/** A page of a client's episodes, newest first. */
export type FitEpisodeConnection = {
  __typename?: "FitEpisodeConnection";
  /** The episodes of this page. */
  edges: Array<FitEpisodeEdge>;
  /** Whether and where the list goes on. */
  pageInfo: FitPageInfo;
};

/** One episode with its place in the list. */
export type FitEpisodeEdge = {
  __typename?: "FitEpisodeEdge";
  /** Opaque; pass as `after` to continue after this episode. */
  cursor: Scalars["String"]["output"];
  /** The episode. */
  node: FitEpisode;
};

/** Who an episode of work is with. */
export type FitEpisodeKind =
  /** Work with a couple (pariterapia); the episode's client is the one it is recorded for. */
  | "COUPLE"
  /** Work with a family. */
  | "FAMILY"
  /** A group (ryhmä); session ratings by GSRS. */
  | "GROUP"
  /** Work with one client. */
  | "INDIVIDUAL";

/** How many rows of one kind an import wrote. */
export type FitImportCounts = {
  __typename?: "FitImportCounts";
  /** New rows. */
  inserted: Scalars["Int"]["output"];
  /** Rows that existed as they were. */
  unchanged: Scalars["Int"]["output"];
  /** Rows that existed and changed. */
  updated: Scalars["Int"]["output"];
};

/** Format of an import (docs/fit-import.md). */
export type FitImportFormat =
  /** One row per measure, as in docs/fit-import.md. */
  | "CSV"
  /** Episodes with their sessions and measures, as in docs/fit-import.md. */
  | "JSON";

/** One rejected row of an import: where, which field, which rule. */
export type FitImportRejection = {
  __typename?: "FitImportRejection";
  /** The column or field that broke a rule. */
  field: Scalars["String"]["output"];
  /** The line in the file: for CSV where the record ends, for JSON where the object starts. */
  line: Scalars["Int"]["output"];
  /** What was wrong, in English. */
  message: Scalars["String"]["output"];
  /** A short code of the rule, e.g. `four_items`, `item_range`, `instrument_age`. */
  rule: Scalars["String"]["output"];
};

/** What an import did. With rejected rows and no skipInvalid, nothing was written (committed false). */
export type FitImportReport = {
  __typename?: "FitImportReport";
  /** False when rows were rejected without `skipInvalid`: then nothing was written. */
  committed: Scalars["Boolean"]["output"];
  /** Episodes written. */
  episodes: FitImportCounts;
  /** Measurements written. */
  measurements: FitImportCounts;
  /** Each rejected row, where and why. */
  rejections: Array<FitImportRejection>;
  /** Rows (or records) read from the file. */
  rowsRead: Scalars["Int"]["output"];
  /** Of them, rows rejected. */
  rowsRejected: Scalars["Int"]["output"];
  /** Sessions written. */
  sessions: FitImportCounts;
};

/** One group of an outcome report (tiedolla johtaminen). A group with fewer than 5 clients is suppressed: every figure is null. */
export type FitOutcomeReportRow = {
  __typename?: "FitOutcomeReportRow";
  /** Mean of the episodes' first outcome totals, 0-40. */
  averageIntakeOrs: Maybe<Scalars["Float"]["output"]>;
  /** Mean of the episodes' first session-rating totals, 0-40. */
  averageIntakeSrs: Maybe<Scalars["Float"]["output"]>;
  /** Mean of the episodes' latest outcome totals in the period, 0-40. */
  averageLatestOrs: Maybe<Scalars["Float"]["output"]>;
  /** Mean of the episodes' latest session-rating totals in the period, 0-40. */
  averageLatestSrs: Maybe<Scalars["Float"]["output"]>;
  /** Distinct clients with at least one measurement in the period. */
  clientsMeasured: Maybe<Scalars["Int"]["output"]>;
  /** Episodes with at least one measurement in the period. */
  episodesMeasured: Maybe<Scalars["Int"]["output"]>;
  /** The team, unit or organisation id, or the service code; null for episodes without one. */
  groupKey: Maybe<Scalars["String"]["output"]>;
  /** Sessions held in the period. */
  sessions: Maybe<Scalars["Int"]["output"]>;
  /** Of them, sessions with at least one score. */
  sessionsWithMeasures: Maybe<Scalars["Int"]["output"]>;
  /** Of them, sessions with no score (skipped or not recorded): shows whether measuring is routine. */
  sessionsWithoutMeasures: Maybe<Scalars["Int"]["output"]>;
  /** Of episodes closed in the period: closed unplanned. */
  shareDropout: Maybe<Scalars["Float"]["output"]>;
  /** Intake in the clinical range, latest score at or above the cutoff. */
  shareRecovered: Maybe<Scalars["Float"]["output"]>;
  /** Of episodes with at least two outcome scores in the period, 0..1: reliably deteriorated. */
  shareReliablyDeteriorated: Maybe<Scalars["Float"]["output"]>;
  /** Of episodes with at least two outcome scores in the period. */
  shareReliablyImproved: Maybe<Scalars["Float"]["output"]>;
  /** Of sessions with a session rating: with an SRS alert. */
  shareSessionsWithSrsAlert: Maybe<Scalars["Float"]["output"]>;
  /**
   * True when the group has fewer than 5 clients: every figure is then null, so no client can be
   * recognised.
   */
  suppressed: Scalars["Boolean"]["output"];
};

/** Where a page of a FIT list ends. */
export type FitPageInfo = {
  __typename?: "FitPageInfo";
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor: Maybe<Scalars["String"]["output"]>;
  /** True when more rows follow. */
  hasNextPage: Scalars["Boolean"]["output"];
};

/** What an outcome report groups by. */
export type FitReportDimension =
  /** One row per organisation. */
  | "ORGANIZATION"
  /** One row per service code. */
  | "SERVICE"
  /** One row per team of the episodes. */
  | "TEAM"
  /** One row per unit. */
  | "UNIT";

/** A client's ORS and SRS series (oldest first), for drawing. */
export type FitSeries = {
  __typename?: "FitSeries";
  /** Outcome scores (ORS, CORS, YCORS), oldest first. */
  outcome: Array<FitSeriesPoint>;
  /** Session ratings (SRS, CSRS, YCSRS, GSRS), oldest first. */
  sessionRating: Array<FitSeriesPoint>;
};

/** One point of a client's series, ready to draw: the score, the line it is compared with, and its flags. */
export type FitSeriesPoint = {
  __typename?: "FitSeriesPoint";
  /** Session-rating points: an SRS alert. */
  alert: Maybe<Scalars["Boolean"]["output"]>;
  /** Outcome points: total minus the intake total of the same rater and instrument. */
  changeFromIntake: Maybe<Scalars["Float"]["output"]>;
  /** Outcome points: below the clinical cutoff. */
  clinical: Maybe<Scalars["Boolean"]["output"]>;
  /** The configuration version of the derived values; null for points without them. */
  configurationVersion: Maybe<Scalars["Int"]["output"]>;
  /** The cutoff (outcome) or the alert line (session rating) in force for this point. */
  cutoff: Maybe<Scalars["Float"]["output"]>;
  /** The day of the session. */
  date: Scalars["Date"]["output"];
  /** Its episode. */
  episodeId: Scalars["ID"]["output"];
  /** The FIT app's status colour, as imported. */
  etrStatus: Maybe<Scalars["String"]["output"]>;
  /** The imported ETR target, when the FIT app gave one. */
  etrTarget: Maybe<Scalars["Float"]["output"]>;
  /** The instrument. */
  instrument: Instrument;
  /** The measurement this point draws. */
  measurementId: Scalars["ID"]["output"];
  /** Who gave the score. */
  rater: Rater;
  /** A collateral rater's relation to the client. */
  raterRelation: Maybe<Scalars["String"]["output"]>;
  /** Outcome points: reliable improvement, deterioration or neither. */
  reliableChange: Maybe<ReliableChange>;
  /** Its session. */
  sessionId: Scalars["ID"]["output"];
  /** The total, 0.0-40.0. */
  total: Scalars["Float"]["output"];
};

/** One session (tapaaminen) of an episode. */
export type FitSession = {
  __typename?: "FitSession";
  /** The episode it belongs to. */
  episodeId: Scalars["ID"]["output"];
  /** The day it was held; within the episode's dates and not in the future. */
  heldOn: Scalars["Date"]["output"];
  /** The session's id (a UUID). */
  id: Scalars["ID"]["output"];
  /** The measures given in the session. */
  measurements: Array<Measurement>;
  /** How it was held. */
  mode: FitSessionMode;
  /** The professional who held it. */
  professional: Professional;
  /** The measures not given, each with its reason. */
  skipped: Array<SkippedMeasure>;
};

/** A page of an episode's sessions, oldest first. */
export type FitSessionConnection = {
  __typename?: "FitSessionConnection";
  /** The sessions of this page. */
  edges: Array<FitSessionEdge>;
  /** Whether and where the list goes on. */
  pageInfo: FitPageInfo;
};

/** One session with its place in the list. */
export type FitSessionEdge = {
  __typename?: "FitSessionEdge";
  /** Opaque; pass as `after` to continue after this session. */
  cursor: Scalars["String"]["output"];
  /** The session. */
  node: FitSession;
};

/** How a session was held. */
export type FitSessionMode =
  /** At the office, in person. */
  | "FACE_TO_FACE"
  /** At the client's home (kotikäynti). */
  | "HOME_VISIT"
  /** By phone. */
  | "PHONE"
  /** By video call. */
  | "VIDEO";

/** OpenFIT users (professionals who recorded at least one measurement) per unit and month. */
export type FitUsersRow = {
  __typename?: "FitUsersRow";
  /** `YYYY-MM`. */
  month: Scalars["String"]["output"];
  /** The unit; null for professionals whose unit is not known. */
  unitId: Maybe<Scalars["ID"]["output"]>;
  /** Distinct professionals who recorded a measurement in the month. */
  users: Scalars["Int"]["output"];
};

/** A small batch of sessions exported from a FIT app (OpenFIT style). */
export type ImportFitSessionsInput = {
  /** The file's content (UTF-8), at most 1 MB; larger files go through the import command. */
  content: Scalars["String"]["input"];
  /** CSV or JSON. */
  format: FitImportFormat;
  /**
   * True to write the valid rows and report the rest; default false, which writes nothing when any row
   * is rejected.
   */
  skipInvalid?: InputMaybe<Scalars["Boolean"]["input"]>;
};

/** Values licensed to the FIT app (expected treatment response, status colour, effect size): stored only as imported, never computed here. */
export type ImportedFitValues = {
  __typename?: "ImportedFitValues";
  /** The severity-adjusted effect size the app computed, as imported. */
  effectSize: Maybe<Scalars["Float"]["output"]>;
  /** Expected treatment response target (ETR, odotettu hoitovaste) for this session. */
  etrTarget: Maybe<Scalars["Float"]["output"]>;
  /** The app the values came from, e.g. `openfit`. */
  source: Scalars["String"]["output"];
  /** The app's version, when it told one. */
  sourceVersion: Maybe<Scalars["String"]["output"]>;
  /** The app's status colour, as the app named it. */
  status: Maybe<Scalars["String"]["output"]>;
};

/** FIT instruments: ORS/SRS for adults (from 13), CORS/CSRS for children 6-12, YCORS/YCSRS under 6, GSRS for groups. */
export type Instrument =
  /** Child Outcome Rating Scale, ages 6-12: Me, Family, School, Everything. SNOMED CT 718458005. */
  | "CORS"
  /** Child Session Rating Scale, ages 6-12. SNOMED CT 718762000. */
  | "CSRS"
  /** Group Session Rating Scale, for group sessions. SNOMED CT 718441000. */
  | "GSRS"
  /**
   * Outcome Rating Scale, given at the start of a session, ages 13 and up: Individually,
   * Interpersonally, Socially, Overall. SNOMED CT 716613004.
   */
  | "ORS"
  /**
   * Session Rating Scale, given at the end of a session, ages 13 and up: Relationship, Goals and
   * Topics, Approach or Method, Overall. SNOMED CT 720482000.
   */
  | "SRS"
  /**
   * Young Child Outcome Rating Scale, under 6 (pictures; no validated psychometrics). SNOMED CT
   * 718461006.
   */
  | "YCORS"
  /** Young Child Session Rating Scale, under 6. */
  | "YCSRS";

/** One score of one FIT instrument, given in a session (mittaus). */
export type Measurement = {
  __typename?: "Measurement";
  /** Null for scores recorded before episodes existed. */
  derived: Maybe<FitDerivedValues>;
  /** The measurement's id (a UUID). */
  id: Scalars["ID"]["output"];
  /**
   * Values taken from the FIT app as they came (ETR, status, effect size); null when none were
   * imported.
   */
  imported: Maybe<ImportedFitValues>;
  /** Which instrument. */
  instrument: Instrument;
  /** Why an instrument outside the client's age range was used. */
  instrumentReason: Maybe<Scalars["String"]["output"]>;
  /** The four item scores 0.0-10.0, when the rater gave items and not only the total. */
  items: Maybe<Array<Scalars["Float"]["output"]>>;
  /** The day of the session it was given in. */
  measuredOn: Scalars["Date"]["output"];
  /** Who gave the scores: the client or a collateral rater. */
  rater: Rater;
  /** A collateral rater's relation to the client, e.g. "mother". */
  raterRelation: Maybe<Scalars["String"]["output"]>;
  /** 0-40; higher is better. */
  total: Scalars["Float"]["output"];
};

/** One measure of a session: all four items, or only the total, or a skip reason. */
export type MeasurementInput = {
  /** Client-chosen id for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** Which instrument; it must fit the client's age unless `instrumentReason` says why. */
  instrument: Instrument;
  /** Needed when the instrument does not fit the client's age. */
  instrumentReason?: InputMaybe<Scalars["String"]["input"]>;
  /** All four item scores, each 0.0-10.0 with one decimal; with `total`, their sum must match it. */
  items?: InputMaybe<Array<Scalars["Float"]["input"]>>;
  /** Who gives the scores; default the client. */
  rater?: InputMaybe<Rater>;
  /** Required for a collateral rater: their relation to the client, e.g. "mother". */
  raterRelation?: InputMaybe<Scalars["String"]["input"]>;
  /** Why the measure was not given; then no items nor total. */
  skipReason?: InputMaybe<Scalars["String"]["input"]>;
  /** The total, 0.0-40.0 with one decimal, when only the total was given. */
  total?: InputMaybe<Scalars["Float"]["input"]>;
};

export type Mutation = {
  __typename?: "Mutation";
  /** Closes an episode, planned or unplanned (category fit, action update). */
  closeFitEpisode: FitEpisode;
  /** Imports a small OpenFIT-style batch (docs/fit-import.md). */
  importFitSessions: FitImportReport;
  /** Opens an episode of work with a client (category fit, action create). */
  openFitEpisode: FitEpisode;
  /** Adds a configuration version (role fit_admin). */
  publishFitConfiguration: FitConfiguration;
  /** Records a session and its measures; derived values of the episode are recomputed. */
  recordFitSession: FitSession;
};

export type MutationcloseFitEpisodeArgs = {
  input: CloseFitEpisodeInput;
};

export type MutationimportFitSessionsArgs = {
  input: ImportFitSessionsInput;
};

export type MutationopenFitEpisodeArgs = {
  input: OpenFitEpisodeInput;
};

export type MutationpublishFitConfigurationArgs = {
  input: FitConfigurationInput;
};

export type MutationrecordFitSessionArgs = {
  input: RecordFitSessionInput;
};

/** A new episode of work with a client. Needs the right to create the client's FIT data (category fit). */
export type OpenFitEpisodeInput = {
  /** The client's birth date, for the age rules (the fit subgraph does not own birth dates). */
  clientBirthDate?: InputMaybe<Scalars["Date"]["input"]>;
  /** The client's id. */
  clientId: Scalars["ID"]["input"];
  /** Client-chosen id for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** Individual (default), couple, family or group. */
  kind?: InputMaybe<FitEpisodeKind>;
  /** The organisation, for the reports. */
  organizationId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The professional who owns the episode. */
  ownerProfessionalId: Scalars["ID"]["input"];
  /**
   * The service's code, e.g. `family_counselling`; a client's ban of a service task applies to
   * episodes of it.
   */
  service?: InputMaybe<Scalars["String"]["input"]>;
  /** The first day; not in the future, nor before the client's birth date. */
  startedOn: Scalars["Date"]["input"];
  /** The team, for the reports. */
  teamId?: InputMaybe<Scalars["ID"]["input"]>;
  /** The unit, for the reports. */
  unitId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** A professional (teams subgraph), with what they record in FIT. */
export type Professional = {
  __typename?: "Professional";
  /** The professional's id (a UUID), the same in every subgraph. */
  id: Scalars["ID"]["output"];
  /**
   * How many measurements this professional has recorded since the date (default: ever). For the
   * professional themself, managers and reporting users, and systems with the `fit:reports` scope;
   * anyone else gets null and FORBIDDEN here (the count follows the sessions of the professional's
   * clients).
   */
  measurementsRecorded: Maybe<Scalars["Int"]["output"]>;
};

/** A professional (teams subgraph), with what they record in FIT. */
export type ProfessionalmeasurementsRecordedArgs = {
  since?: InputMaybe<Scalars["Date"]["input"]>;
};

export type Query = {
  __typename?: "Query";
  /** Clients of a professional's open episodes whose latest session has an SRS alert or a reliable deterioration. Default: the viewer's own. */
  fitAlerts: Array<FitAlert>;
  /** The scoring configuration in force (cutoffs, reliable change and alert thresholds). */
  fitConfiguration: FitConfiguration;
  /**
   * One FIT episode by id; null when there is none. Needs a lawful basis for the client's FIT data
   * (category fit), decided and logged per service task.
   */
  fitEpisode: Maybe<FitEpisode>;
  /** Outcome report per team, unit, organisation or service, over sessions held from `from` to `to` inclusive. For managers and reporting users. */
  fitOutcomeReport: Array<FitOutcomeReportRow>;
  /** OpenFIT users per unit and month, over measurements from `from` to `to` inclusive. */
  fitUsers: Array<FitUsersRow>;
};

export type QueryfitAlertsArgs = {
  professionalId?: InputMaybe<Scalars["ID"]["input"]>;
};

export type QueryfitEpisodeArgs = {
  id: Scalars["ID"]["input"];
};

export type QueryfitOutcomeReportArgs = {
  dimension: FitReportDimension;
  from: Scalars["Date"]["input"];
  to: Scalars["Date"]["input"];
};

export type QueryfitUsersArgs = {
  from: Scalars["Date"]["input"];
  to: Scalars["Date"]["input"];
};

/** Who gave the scores: the client, or a collateral rater (rinnakkaisarvioija) with their relation. */
export type Rater =
  /** The client themself. */
  | "CLIENT"
  /** A guardian (huoltaja) rating in parallel. */
  | "GUARDIAN"
  /** Another professional rating in parallel, e.g. a teacher. */
  | "OTHER_PROFESSIONAL"
  /** A parent rating in parallel (collateral rater); `raterRelation` says which, e.g. "mother". */
  | "PARENT";

/** A session of an episode with its measures. Needs the right to create the client's FIT data. */
export type RecordFitSessionInput = {
  /** The open episode's id. */
  episodeId: Scalars["ID"]["input"];
  /** The day of the session: within the episode, not in the future. */
  heldOn: Scalars["Date"]["input"];
  /** Client-chosen id for an idempotent retry. */
  id?: InputMaybe<Scalars["ID"]["input"]>;
  /** The measures: each instrument and rater at most once. */
  measurements: Array<MeasurementInput>;
  /** How it was held. */
  mode: FitSessionMode;
  /** Default: the viewer. */
  professionalId?: InputMaybe<Scalars["ID"]["input"]>;
};

/** Change from intake against the configured reliable change threshold (luotettava muutos); reaching it exactly counts. */
export type ReliableChange =
  /** The total fell from intake by at least the threshold. */
  | "DETERIORATED"
  /** The total rose from intake by at least the reliable change threshold. */
  | "IMPROVED"
  /** The change from intake is smaller than the threshold either way. */
  | "NO_RELIABLE_CHANGE";

/** A measure that was not given in a session, and why. */
export type SkippedMeasure = {
  __typename?: "SkippedMeasure";
  /** The instrument that was not given. */
  instrument: Instrument;
  /** Whose measure it would have been. */
  rater: Rater;
  /** A collateral rater's relation to the client, e.g. "mother". */
  raterRelation: Maybe<Scalars["String"]["output"]>;
  /** Why it was skipped, as the professional wrote it. */
  reason: Scalars["String"]["output"];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
  reference: TReference,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Client: Client;
  Professional: Professional;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Client: { __typename: "Client" } & GraphQLRecursivePick<FederationTypes["Client"], { id: true }>;
  Professional: { __typename: "Professional" } & GraphQLRecursivePick<FederationTypes["Professional"], { id: true }>;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Client: ResolverTypeWrapper<ClientMapper>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  ClientDataCategory: ResolverTypeWrapper<
    "basic" | "contact" | "concerns" | "service_plan" | "team" | "consents" | "fit" | "access_log"
  >;
  CloseFitEpisodeInput: CloseFitEpisodeInput;
  Date: ResolverTypeWrapper<Scalars["Date"]["output"]>;
  FitAlert: ResolverTypeWrapper<FitAlertMapper>;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  FitConfiguration: ResolverTypeWrapper<FitConfiguration>;
  Float: ResolverTypeWrapper<Scalars["Float"]["output"]>;
  FitConfigurationInput: FitConfigurationInput;
  FitDerivedValues: ResolverTypeWrapper<FitDerivedValuesMapper>;
  FitEpisode: ResolverTypeWrapper<FitEpisodeMapper>;
  FitEpisodeClosure: ResolverTypeWrapper<"PLANNED" | "UNPLANNED">;
  FitEpisodeConnection: ResolverTypeWrapper<
    Omit<FitEpisodeConnection, "edges"> & { edges: Array<ResolversTypes["FitEpisodeEdge"]> }
  >;
  FitEpisodeEdge: ResolverTypeWrapper<Omit<FitEpisodeEdge, "node"> & { node: ResolversTypes["FitEpisode"] }>;
  FitEpisodeKind: ResolverTypeWrapper<"INDIVIDUAL" | "COUPLE" | "FAMILY" | "GROUP">;
  FitImportCounts: ResolverTypeWrapper<FitImportCounts>;
  FitImportFormat: ResolverTypeWrapper<"CSV" | "JSON">;
  FitImportRejection: ResolverTypeWrapper<FitImportRejection>;
  FitImportReport: ResolverTypeWrapper<FitImportReport>;
  FitOutcomeReportRow: ResolverTypeWrapper<FitOutcomeReportRow>;
  FitPageInfo: ResolverTypeWrapper<FitPageInfo>;
  FitReportDimension: ResolverTypeWrapper<"TEAM" | "UNIT" | "ORGANIZATION" | "SERVICE">;
  FitSeries: ResolverTypeWrapper<
    Omit<FitSeries, "outcome" | "sessionRating"> & {
      outcome: Array<ResolversTypes["FitSeriesPoint"]>;
      sessionRating: Array<ResolversTypes["FitSeriesPoint"]>;
    }
  >;
  FitSeriesPoint: ResolverTypeWrapper<
    Omit<FitSeriesPoint, "instrument" | "rater" | "reliableChange"> & {
      instrument: ResolversTypes["Instrument"];
      rater: ResolversTypes["Rater"];
      reliableChange?: Maybe<ResolversTypes["ReliableChange"]>;
    }
  >;
  FitSession: ResolverTypeWrapper<FitSessionMapper>;
  FitSessionConnection: ResolverTypeWrapper<
    Omit<FitSessionConnection, "edges"> & { edges: Array<ResolversTypes["FitSessionEdge"]> }
  >;
  FitSessionEdge: ResolverTypeWrapper<Omit<FitSessionEdge, "node"> & { node: ResolversTypes["FitSession"] }>;
  FitSessionMode: ResolverTypeWrapper<"FACE_TO_FACE" | "PHONE" | "VIDEO" | "HOME_VISIT">;
  FitUsersRow: ResolverTypeWrapper<FitUsersRow>;
  ImportFitSessionsInput: ImportFitSessionsInput;
  ImportedFitValues: ResolverTypeWrapper<ImportedFitValuesMapper>;
  Instrument: ResolverTypeWrapper<"ORS" | "SRS" | "CORS" | "CSRS" | "YCORS" | "YCSRS" | "GSRS">;
  Measurement: ResolverTypeWrapper<MeasurementMapper>;
  MeasurementInput: MeasurementInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenFitEpisodeInput: OpenFitEpisodeInput;
  Professional: ResolverTypeWrapper<ProfessionalMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rater: ResolverTypeWrapper<"CLIENT" | "PARENT" | "GUARDIAN" | "OTHER_PROFESSIONAL">;
  RecordFitSessionInput: RecordFitSessionInput;
  ReliableChange: ResolverTypeWrapper<"IMPROVED" | "NO_RELIABLE_CHANGE" | "DETERIORATED">;
  SkippedMeasure: ResolverTypeWrapper<SkippedMeasureMapper>;
  Int: ResolverTypeWrapper<Scalars["Int"]["output"]>;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Client: ClientMapper;
  ID: Scalars["ID"]["output"];
  CloseFitEpisodeInput: CloseFitEpisodeInput;
  Date: Scalars["Date"]["output"];
  FitAlert: FitAlertMapper;
  Boolean: Scalars["Boolean"]["output"];
  FitConfiguration: FitConfiguration;
  Float: Scalars["Float"]["output"];
  FitConfigurationInput: FitConfigurationInput;
  FitDerivedValues: FitDerivedValuesMapper;
  FitEpisode: FitEpisodeMapper;
  FitEpisodeConnection: Omit<FitEpisodeConnection, "edges"> & { edges: Array<ResolversParentTypes["FitEpisodeEdge"]> };
  FitEpisodeEdge: Omit<FitEpisodeEdge, "node"> & { node: ResolversParentTypes["FitEpisode"] };
  FitImportCounts: FitImportCounts;
  FitImportRejection: FitImportRejection;
  FitImportReport: FitImportReport;
  FitOutcomeReportRow: FitOutcomeReportRow;
  FitPageInfo: FitPageInfo;
  FitSeries: Omit<FitSeries, "outcome" | "sessionRating"> & {
    outcome: Array<ResolversParentTypes["FitSeriesPoint"]>;
    sessionRating: Array<ResolversParentTypes["FitSeriesPoint"]>;
  };
  FitSeriesPoint: FitSeriesPoint;
  FitSession: FitSessionMapper;
  FitSessionConnection: Omit<FitSessionConnection, "edges"> & { edges: Array<ResolversParentTypes["FitSessionEdge"]> };
  FitSessionEdge: Omit<FitSessionEdge, "node"> & { node: ResolversParentTypes["FitSession"] };
  FitUsersRow: FitUsersRow;
  ImportFitSessionsInput: ImportFitSessionsInput;
  ImportedFitValues: ImportedFitValuesMapper;
  Measurement: MeasurementMapper;
  MeasurementInput: MeasurementInput;
  Mutation: Record<PropertyKey, never>;
  OpenFitEpisodeInput: OpenFitEpisodeInput;
  Professional: ProfessionalMapper;
  Query: Record<PropertyKey, never>;
  RecordFitSessionInput: RecordFitSessionInput;
  SkippedMeasure: SkippedMeasureMapper;
  Int: Scalars["Int"]["output"];
  String: Scalars["String"]["output"];
};

export type boundedDirectiveArgs = {
  maxItems?: Maybe<Scalars["Int"]["input"]>;
  maxLength?: Maybe<Scalars["Int"]["input"]>;
};

export type boundedDirectiveResolver<Result, Parent, ContextType = FitContext, Args = boundedDirectiveArgs> = DirectiveResolverFn<
  Result,
  Parent,
  ContextType,
  Args
>;

export type clientDataDirectiveArgs = {
  category: ClientDataCategory;
  clientId?: Maybe<Scalars["String"]["input"]>;
  familyId?: Maybe<Scalars["String"]["input"]>;
  noticeRaisedBy?: Maybe<Scalars["String"]["input"]>;
  serviceTask?: Maybe<Scalars["String"]["input"]>;
};

export type clientDataDirectiveResolver<
  Result,
  Parent,
  ContextType = FitContext,
  Args = clientDataDirectiveArgs,
> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ClientResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["Client"] = ResolversParentTypes["Client"],
  FederationReferenceType extends FederationReferenceTypes["Client"] = FederationReferenceTypes["Client"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Client"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  fitEpisodes?: Resolver<Maybe<ResolversTypes["FitEpisodeConnection"]>, ParentType, ContextType, Partial<ClientfitEpisodesArgs>>;
  fitSeries?: Resolver<Maybe<ResolversTypes["FitSeries"]>, ParentType, ContextType, Partial<ClientfitSeriesArgs>>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  latestOutcome?: Resolver<Maybe<ResolversTypes["Measurement"]>, ParentType, ContextType>;
  latestSessionRating?: Resolver<Maybe<ResolversTypes["Measurement"]>, ParentType, ContextType>;
};

export type ClientDataCategoryResolvers = EnumResolverSignature<
  { access_log?: any; basic?: any; concerns?: any; consents?: any; contact?: any; fit?: any; service_plan?: any; team?: any },
  ResolversTypes["ClientDataCategory"]
>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes["Date"], any> {
  name: "Date";
}

export type FitAlertResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitAlert"] = ResolversParentTypes["FitAlert"],
> = {
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  episode?: Resolver<ResolversTypes["FitEpisode"], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  reliableDeterioration?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  srsAlert?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type FitConfigurationResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitConfiguration"] = ResolversParentTypes["FitConfiguration"],
> = {
  adolescentCutoff?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  adultCutoff?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  childCutoff?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  reliableChangeCors?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  reliableChangeOrs?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  reliableChangeYcors?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  srsAlertBelow?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  srsAlertDrop?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
  version?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type FitDerivedValuesResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitDerivedValues"] = ResolversParentTypes["FitDerivedValues"],
> = {
  changeFromIntake?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  clinical?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  configurationVersion?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  cutoff?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  reliableChange?: Resolver<Maybe<ResolversTypes["ReliableChange"]>, ParentType, ContextType>;
  srsAlert?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
};

export type FitEpisodeResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitEpisode"] = ResolversParentTypes["FitEpisode"],
> = {
  client?: Resolver<ResolversTypes["Client"], ParentType, ContextType>;
  closure?: Resolver<Maybe<ResolversTypes["FitEpisodeClosure"]>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes["Date"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  importSource?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["FitEpisodeKind"], ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes["Professional"], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes["FitSessionConnection"], ParentType, ContextType, Partial<FitEpisodesessionsArgs>>;
  startedOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  teamId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
};

export type FitEpisodeClosureResolvers = EnumResolverSignature<
  { PLANNED?: any; UNPLANNED?: any },
  ResolversTypes["FitEpisodeClosure"]
>;

export type FitEpisodeConnectionResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitEpisodeConnection"] = ResolversParentTypes["FitEpisodeConnection"],
> = {
  edges?: Resolver<Array<ResolversTypes["FitEpisodeEdge"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["FitPageInfo"], ParentType, ContextType>;
};

export type FitEpisodeEdgeResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitEpisodeEdge"] = ResolversParentTypes["FitEpisodeEdge"],
> = {
  cursor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  node?: Resolver<ResolversTypes["FitEpisode"], ParentType, ContextType>;
};

export type FitEpisodeKindResolvers = EnumResolverSignature<
  { COUPLE?: any; FAMILY?: any; GROUP?: any; INDIVIDUAL?: any },
  ResolversTypes["FitEpisodeKind"]
>;

export type FitImportCountsResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitImportCounts"] = ResolversParentTypes["FitImportCounts"],
> = {
  inserted?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type FitImportFormatResolvers = EnumResolverSignature<{ CSV?: any; JSON?: any }, ResolversTypes["FitImportFormat"]>;

export type FitImportRejectionResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitImportRejection"] = ResolversParentTypes["FitImportRejection"],
> = {
  field?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  line?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  message?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type FitImportReportResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitImportReport"] = ResolversParentTypes["FitImportReport"],
> = {
  committed?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  episodes?: Resolver<ResolversTypes["FitImportCounts"], ParentType, ContextType>;
  measurements?: Resolver<ResolversTypes["FitImportCounts"], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes["FitImportRejection"]>, ParentType, ContextType>;
  rowsRead?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  rowsRejected?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes["FitImportCounts"], ParentType, ContextType>;
};

export type FitOutcomeReportRowResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitOutcomeReportRow"] = ResolversParentTypes["FitOutcomeReportRow"],
> = {
  averageIntakeOrs?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  averageIntakeSrs?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  averageLatestOrs?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  averageLatestSrs?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  clientsMeasured?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  episodesMeasured?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  groupKey?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  sessions?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  sessionsWithMeasures?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  sessionsWithoutMeasures?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  shareDropout?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  shareRecovered?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  shareReliablyDeteriorated?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  shareReliablyImproved?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  shareSessionsWithSrsAlert?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type FitPageInfoResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitPageInfo"] = ResolversParentTypes["FitPageInfo"],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type FitReportDimensionResolvers = EnumResolverSignature<
  { ORGANIZATION?: any; SERVICE?: any; TEAM?: any; UNIT?: any },
  ResolversTypes["FitReportDimension"]
>;

export type FitSeriesResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitSeries"] = ResolversParentTypes["FitSeries"],
> = {
  outcome?: Resolver<Array<ResolversTypes["FitSeriesPoint"]>, ParentType, ContextType>;
  sessionRating?: Resolver<Array<ResolversTypes["FitSeriesPoint"]>, ParentType, ContextType>;
};

export type FitSeriesPointResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitSeriesPoint"] = ResolversParentTypes["FitSeriesPoint"],
> = {
  alert?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  changeFromIntake?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  clinical?: Resolver<Maybe<ResolversTypes["Boolean"]>, ParentType, ContextType>;
  configurationVersion?: Resolver<Maybe<ResolversTypes["Int"]>, ParentType, ContextType>;
  cutoff?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  episodeId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  etrStatus?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  etrTarget?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes["Instrument"], ParentType, ContextType>;
  measurementId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  rater?: Resolver<ResolversTypes["Rater"], ParentType, ContextType>;
  raterRelation?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  reliableChange?: Resolver<Maybe<ResolversTypes["ReliableChange"]>, ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  total?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
};

export type FitSessionResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitSession"] = ResolversParentTypes["FitSession"],
> = {
  episodeId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  measurements?: Resolver<Array<ResolversTypes["Measurement"]>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes["FitSessionMode"], ParentType, ContextType>;
  professional?: Resolver<ResolversTypes["Professional"], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes["SkippedMeasure"]>, ParentType, ContextType>;
};

export type FitSessionConnectionResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitSessionConnection"] = ResolversParentTypes["FitSessionConnection"],
> = {
  edges?: Resolver<Array<ResolversTypes["FitSessionEdge"]>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes["FitPageInfo"], ParentType, ContextType>;
};

export type FitSessionEdgeResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitSessionEdge"] = ResolversParentTypes["FitSessionEdge"],
> = {
  cursor?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  node?: Resolver<ResolversTypes["FitSession"], ParentType, ContextType>;
};

export type FitSessionModeResolvers = EnumResolverSignature<
  { FACE_TO_FACE?: any; HOME_VISIT?: any; PHONE?: any; VIDEO?: any },
  ResolversTypes["FitSessionMode"]
>;

export type FitUsersRowResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["FitUsersRow"] = ResolversParentTypes["FitUsersRow"],
> = {
  month?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes["ID"]>, ParentType, ContextType>;
  users?: Resolver<ResolversTypes["Int"], ParentType, ContextType>;
};

export type ImportedFitValuesResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["ImportedFitValues"] = ResolversParentTypes["ImportedFitValues"],
> = {
  effectSize?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  etrTarget?: Resolver<Maybe<ResolversTypes["Float"]>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  sourceVersion?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type InstrumentResolvers = EnumResolverSignature<
  { CORS?: any; CSRS?: any; GSRS?: any; ORS?: any; SRS?: any; YCORS?: any; YCSRS?: any },
  ResolversTypes["Instrument"]
>;

export type MeasurementResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["Measurement"] = ResolversParentTypes["Measurement"],
> = {
  derived?: Resolver<Maybe<ResolversTypes["FitDerivedValues"]>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  imported?: Resolver<Maybe<ResolversTypes["ImportedFitValues"]>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes["Instrument"], ParentType, ContextType>;
  instrumentReason?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes["Float"]>>, ParentType, ContextType>;
  measuredOn?: Resolver<ResolversTypes["Date"], ParentType, ContextType>;
  rater?: Resolver<ResolversTypes["Rater"], ParentType, ContextType>;
  raterRelation?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes["Float"], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["Mutation"] = ResolversParentTypes["Mutation"],
> = {
  closeFitEpisode?: Resolver<
    ResolversTypes["FitEpisode"],
    ParentType,
    ContextType,
    RequireFields<MutationcloseFitEpisodeArgs, "input">
  >;
  importFitSessions?: Resolver<
    ResolversTypes["FitImportReport"],
    ParentType,
    ContextType,
    RequireFields<MutationimportFitSessionsArgs, "input">
  >;
  openFitEpisode?: Resolver<
    ResolversTypes["FitEpisode"],
    ParentType,
    ContextType,
    RequireFields<MutationopenFitEpisodeArgs, "input">
  >;
  publishFitConfiguration?: Resolver<
    ResolversTypes["FitConfiguration"],
    ParentType,
    ContextType,
    RequireFields<MutationpublishFitConfigurationArgs, "input">
  >;
  recordFitSession?: Resolver<
    ResolversTypes["FitSession"],
    ParentType,
    ContextType,
    RequireFields<MutationrecordFitSessionArgs, "input">
  >;
};

export type ProfessionalResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["Professional"] = ResolversParentTypes["Professional"],
  FederationReferenceType extends FederationReferenceTypes["Professional"] = FederationReferenceTypes["Professional"],
> = {
  __resolveReference?: ReferenceResolver<
    Maybe<ResolversTypes["Professional"]> | FederationReferenceType,
    FederationReferenceType,
    ContextType
  >;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  measurementsRecorded?: Resolver<
    Maybe<ResolversTypes["Int"]>,
    ParentType,
    ContextType,
    Partial<ProfessionalmeasurementsRecordedArgs>
  >;
};

export type QueryResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["Query"] = ResolversParentTypes["Query"],
> = {
  fitAlerts?: Resolver<Array<ResolversTypes["FitAlert"]>, ParentType, ContextType, Partial<QueryfitAlertsArgs>>;
  fitConfiguration?: Resolver<ResolversTypes["FitConfiguration"], ParentType, ContextType>;
  fitEpisode?: Resolver<Maybe<ResolversTypes["FitEpisode"]>, ParentType, ContextType, RequireFields<QueryfitEpisodeArgs, "id">>;
  fitOutcomeReport?: Resolver<
    Array<ResolversTypes["FitOutcomeReportRow"]>,
    ParentType,
    ContextType,
    RequireFields<QueryfitOutcomeReportArgs, "dimension" | "from" | "to">
  >;
  fitUsers?: Resolver<
    Array<ResolversTypes["FitUsersRow"]>,
    ParentType,
    ContextType,
    RequireFields<QueryfitUsersArgs, "from" | "to">
  >;
};

export type RaterResolvers = EnumResolverSignature<
  { CLIENT?: any; GUARDIAN?: any; OTHER_PROFESSIONAL?: any; PARENT?: any },
  ResolversTypes["Rater"]
>;

export type ReliableChangeResolvers = EnumResolverSignature<
  { DETERIORATED?: any; IMPROVED?: any; NO_RELIABLE_CHANGE?: any },
  ResolversTypes["ReliableChange"]
>;

export type SkippedMeasureResolvers<
  ContextType = FitContext,
  ParentType extends ResolversParentTypes["SkippedMeasure"] = ResolversParentTypes["SkippedMeasure"],
> = {
  instrument?: Resolver<ResolversTypes["Instrument"], ParentType, ContextType>;
  rater?: Resolver<ResolversTypes["Rater"], ParentType, ContextType>;
  raterRelation?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type Resolvers<ContextType = FitContext> = {
  Client?: ClientResolvers<ContextType>;
  ClientDataCategory?: ClientDataCategoryResolvers;
  Date?: GraphQLScalarType;
  FitAlert?: FitAlertResolvers<ContextType>;
  FitConfiguration?: FitConfigurationResolvers<ContextType>;
  FitDerivedValues?: FitDerivedValuesResolvers<ContextType>;
  FitEpisode?: FitEpisodeResolvers<ContextType>;
  FitEpisodeClosure?: FitEpisodeClosureResolvers;
  FitEpisodeConnection?: FitEpisodeConnectionResolvers<ContextType>;
  FitEpisodeEdge?: FitEpisodeEdgeResolvers<ContextType>;
  FitEpisodeKind?: FitEpisodeKindResolvers;
  FitImportCounts?: FitImportCountsResolvers<ContextType>;
  FitImportFormat?: FitImportFormatResolvers;
  FitImportRejection?: FitImportRejectionResolvers<ContextType>;
  FitImportReport?: FitImportReportResolvers<ContextType>;
  FitOutcomeReportRow?: FitOutcomeReportRowResolvers<ContextType>;
  FitPageInfo?: FitPageInfoResolvers<ContextType>;
  FitReportDimension?: FitReportDimensionResolvers;
  FitSeries?: FitSeriesResolvers<ContextType>;
  FitSeriesPoint?: FitSeriesPointResolvers<ContextType>;
  FitSession?: FitSessionResolvers<ContextType>;
  FitSessionConnection?: FitSessionConnectionResolvers<ContextType>;
  FitSessionEdge?: FitSessionEdgeResolvers<ContextType>;
  FitSessionMode?: FitSessionModeResolvers;
  FitUsersRow?: FitUsersRowResolvers<ContextType>;
  ImportedFitValues?: ImportedFitValuesResolvers<ContextType>;
  Instrument?: InstrumentResolvers;
  Measurement?: MeasurementResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rater?: RaterResolvers;
  ReliableChange?: ReliableChangeResolvers;
  SkippedMeasure?: SkippedMeasureResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = FitContext> = {
  bounded?: boundedDirectiveResolver<any, any, ContextType>;
  clientData?: clientDataDirectiveResolver<any, any, ContextType>;
};
