import { DataCategory } from "@silta/kernel";
import { column, defineDataset } from "@silta/export";

const client = { pseudonym: "client" } as const;
const professional = { pseudonym: "professional" } as const;

/** Hoitojaksot: FIT episodes of care, without free text. */
export const episodes = defineDataset({
  name: "episodes",
  subgraph: "fit",
  description: "FIT episodes (hoitojakso): one client's course of work with one owner.",
  table: "episode",
  alias: "e",
  orderBy: "e.id",
  category: DataCategory.Fit,
  columns: [
    column("episode_id", "text", "Episode id.", "e.id"),
    column("client_pseudonym", client, "The client's pseudonym at this destination.", "e.client_id"),
    column(
      "client_birth_year",
      "integer",
      "The client's year of birth (never the date).",
      "extract(year from e.client_birth_date)::int",
    ),
    column("kind", "text", "INDIVIDUAL, COUPLE, FAMILY or GROUP.", "e.kind"),
    column("owner_professional_pseudonym", professional, "The owning professional's pseudonym.", "e.owner_professional_id"),
    column("team_id", "text", "Team id (teams subgraph).", "e.team_id"),
    column("unit_id", "text", "Unit id.", "e.unit_id"),
    column("organization_id", "text", "Organisation id (teams subgraph).", "e.organization_id"),
    column("service", "text", "Service code, e.g. family_counselling.", "e.service"),
    column("started_on", "date", "First day of the episode.", "e.started_on"),
    column("ended_on", "date", "Last day, empty while open.", "e.ended_on"),
    column("closure", "text", "PLANNED or UNPLANNED, empty while open.", "e.closure"),
    column("import_source", "text", "The system the episode was imported from, empty when entered in Silta.", "e.import_source"),
    column("created_at", "timestamp", "When the episode was recorded.", "e.created_at"),
  ],
});

/** Tapaamiset: sessions of an episode. */
export const sessions = defineDataset({
  name: "sessions",
  subgraph: "fit",
  description: "FIT sessions (tapaaminen) of an episode.",
  table: "fit_session",
  alias: "s",
  orderBy: "s.id",
  category: DataCategory.Fit,
  columns: [
    column("session_id", "text", "Session id.", "s.id"),
    column("episode_id", "text", "Episode id.", "s.episode_id"),
    column("held_on", "date", "Day of the session.", "s.held_on"),
    column("mode", "text", "FACE_TO_FACE, PHONE, VIDEO or HOME_VISIT.", "s.mode"),
    column("professional_pseudonym", professional, "The professional's pseudonym.", "s.professional_id"),
    column("created_at", "timestamp", "When the session was recorded.", "s.created_at"),
  ],
});

/** Mittaukset: the raw ORS/SRS (and child, group) scores as given, without derived values or free text. */
export const measurements = defineDataset({
  name: "measurements",
  subgraph: "fit",
  description: "FIT measurements (mittaus): the raw scores as given.",
  table: "measurement",
  alias: "m",
  orderBy: "m.id",
  category: DataCategory.Fit,
  columns: [
    column("measurement_id", "text", "Measurement id.", "m.id"),
    column("client_pseudonym", client, "The client's pseudonym at this destination.", "m.client_id"),
    column("professional_pseudonym", professional, "The measuring professional's pseudonym.", "m.professional_id"),
    column("instrument", "text", "ORS, SRS, CORS, CSRS, YCORS, YCSRS or GSRS.", "m.instrument"),
    column("measured_on", "date", "Day of the measurement.", "m.measured_on"),
    column("total", "decimal", "Total score 0–40, one decimal; empty when skipped.", "m.total"),
    column("items", "list", "The four item scores 0–10.", "m.items"),
    column("rater", "text", "CLIENT, PARENT, GUARDIAN or OTHER_PROFESSIONAL.", "m.rater"),
    column(
      "skipped",
      "boolean",
      "Whether the measurement was skipped (the reason is free text and left out).",
      "m.skip_reason IS NOT NULL",
    ),
    column("session_id", "text", "Session id, empty when not tied to one.", "m.session_id"),
    column("episode_id", "text", "Episode id, empty when not tied to one.", "m.episode_id"),
    column("created_at", "timestamp", "When the measurement was recorded.", "m.created_at"),
  ],
});

/**
 * Johdetut FIT-arvot: what Silta computed (under a FIT configuration version) or an imported system
 * delivered (source and version) for a measurement, as its own dataset so that a lake never mixes
 * values produced by different rules without knowing it.
 */
export const derivedValues = defineDataset({
  name: "fit_derived_values",
  subgraph: "fit",
  description: "Derived FIT values (johdetut arvot) of a measurement, tagged with what produced them.",
  table: "measurement",
  alias: "m",
  where: "m.config_version IS NOT NULL OR m.imported_source IS NOT NULL",
  orderBy: "m.id",
  category: DataCategory.Fit,
  columns: [
    column("measurement_id", "text", "The measurement the values belong to.", "m.id"),
    column("client_pseudonym", client, "The client's pseudonym at this destination.", "m.client_id"),
    column("instrument", "text", "Instrument of the measurement.", "m.instrument"),
    column("measured_on", "date", "Day of the measurement.", "m.measured_on"),
    column(
      "produced_by",
      "text",
      "configuration (computed by Silta) or import (delivered by another system).",
      "CASE WHEN m.config_version IS NOT NULL THEN 'configuration' ELSE 'import' END",
    ),
    column(
      "configuration_version",
      "integer",
      "FIT configuration version that computed the values (fit_configuration.version).",
      "m.config_version",
    ),
    column("imported_source", "text", "The system that delivered the values.", "m.imported_source"),
    column("imported_source_version", "text", "That system's version.", "m.imported_source_version"),
    column("clinical", "boolean", "Total below the clinical cutoff.", "m.clinical"),
    column("cutoff", "decimal", "The cutoff that applied.", "m.cutoff"),
    column("change_from_intake", "decimal", "Change of the total since the episode's first measurement.", "m.change_from_intake"),
    column("reliable_change", "text", "IMPROVED, NO_RELIABLE_CHANGE or DETERIORATED.", "m.reliable_change"),
    column("srs_alert", "boolean", "SRS below its alert threshold.", "m.srs_alert"),
    column("etr_target", "decimal", "Expected treatment response target.", "m.etr_target"),
    column("etr_status", "text", "Where the client is against the ETR target.", "m.etr_status"),
    column("effect_size", "decimal", "Effect size of the change.", "m.effect_size"),
  ],
});

/** The fit subgraph's data lake datasets, in documentation order. */
export const fitDatasets = [episodes, sessions, measurements, derivedValues];
