import type { LocalDate } from "@silta/kernel";
import { Prisma } from "./prisma/client";
import type { EpisodeRecord } from "../domain/records";
import type { Instrument, Rater, ReliableChange, SessionMode } from "./prisma/enums";

/** Rows as the fit stores read them: dates as `YYYY-MM-DD`, scores as numbers (cast in SQL). */
/**
 * An episode as stored is the record as written (domain/records.ts): the same fields, its days read
 * back as LocalDates (the columns hold only real days). One type, so a column added to one cannot be
 * forgotten in the other.
 */
export type EpisodeRow = Omit<EpisodeRecord, "clientBirthDate" | "startedOn" | "endedOn"> & {
  clientBirthDate: LocalDate | null;
  startedOn: LocalDate;
  endedOn: LocalDate | null;
};

/**
 * A session with its episode's client and service task, so `@clientData` decides each session for the
 * task it belongs to (a ban of another task's data does not hide it).
 */
export interface SessionRow {
  id: string;
  episodeId: string;
  clientId: string;
  /** The episode's service (palvelutehtävä); null when the episode names none. */
  service: string | null;
  heldOn: LocalDate;
  mode: SessionMode;
  professionalId: string;
}

export interface MeasurementRow {
  id: string;
  clientId: string;
  professionalId: string;
  instrument: Instrument;
  measuredOn: LocalDate;
  /** Null when skipped. */
  total: number | null;
  /** Empty when only the total was given (or skipped). */
  items: number[];
  rater: Rater;
  raterRelation: string | null;
  skipReason: string | null;
  instrumentReason: string | null;
  sessionId: string | null;
  episodeId: string | null;
  /** The service of the measurement's episode, for `@clientData`; null without an episode or service. */
  service: string | null;
  clinical: boolean | null;
  cutoff: number | null;
  changeFromIntake: number | null;
  reliableChange: ReliableChange | null;
  srsAlert: boolean | null;
  configVersion: number | null;
  etrTarget: number | null;
  etrStatus: string | null;
  effectSize: number | null;
  importedSource: string | null;
  importedSourceVersion: string | null;
}

/** Every field of a MeasurementRow by name (a field added to the type without its name here fails to compile). */
export const MEASUREMENT_ROW_FIELDS = Object.keys({
  id: true,
  clientId: true,
  professionalId: true,
  instrument: true,
  measuredOn: true,
  total: true,
  items: true,
  rater: true,
  raterRelation: true,
  skipReason: true,
  instrumentReason: true,
  sessionId: true,
  episodeId: true,
  service: true,
  clinical: true,
  cutoff: true,
  changeFromIntake: true,
  reliableChange: true,
  srsAlert: true,
  configVersion: true,
  etrTarget: true,
  etrStatus: true,
  effectSize: true,
  importedSource: true,
  importedSourceVersion: true,
} satisfies Record<keyof MeasurementRow, true>) as (keyof MeasurementRow)[];

/**
 * The columns of a MeasurementRow, for every store that reads measurements (alias `m`, with its episode
 * joined by `withEpisodeOfMeasurement` as `me`, for the service task).
 */
export const measurementColumns = Prisma.sql`m.id, m.client_id AS "clientId", me.service, m.professional_id AS "professionalId",
  m.instrument::text AS instrument, m.measured_on::text AS "measuredOn", m.total::float8 AS total,
  coalesce(m.items::float8[], '{}') AS items, m.rater::text AS rater, m.rater_relation AS "raterRelation",
  m.skip_reason AS "skipReason", m.instrument_reason AS "instrumentReason", m.session_id AS "sessionId",
  m.episode_id AS "episodeId", m.clinical, m.cutoff::float8 AS cutoff, m.change_from_intake::float8 AS "changeFromIntake",
  m.reliable_change::text AS "reliableChange", m.srs_alert AS "srsAlert", m.config_version AS "configVersion",
  m.etr_target::float8 AS "etrTarget", m.etr_status AS "etrStatus", m.effect_size::float8 AS "effectSize",
  m.imported_source AS "importedSource", m.imported_source_version AS "importedSourceVersion"`;

export const episodeColumns = Prisma.sql`e.id, e.client_id AS "clientId", e.kind::text AS kind, e.owner_professional_id AS "ownerProfessionalId",
  e.team_id AS "teamId", e.unit_id AS "unitId", e.organization_id AS "organizationId", e.service,
  e.started_on::text AS "startedOn", e.ended_on::text AS "endedOn", e.closure::text AS closure,
  e.import_source AS "importSource", e.client_birth_date::text AS "clientBirthDate"`;

/** Joins each measurement `m` to its episode `me` (none for scores recorded before episodes). */
export const withEpisodeOfMeasurement = Prisma.sql`LEFT JOIN episode me ON me.id = m.episode_id`;

/** The columns of a SessionRow (alias `s`, with its episode joined by `withEpisodeOfSession` as `se`). */
export const sessionColumns = Prisma.sql`s.id, s.episode_id AS "episodeId", se.client_id AS "clientId", se.service,
  s.held_on::text AS "heldOn", s.mode::text AS mode, s.professional_id AS "professionalId"`;

/** Joins each session `s` to its episode `se` (every session has one). */
export const withEpisodeOfSession = Prisma.sql`JOIN episode se ON se.id = s.episode_id`;
