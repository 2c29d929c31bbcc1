import { randomUUID } from "node:crypto";
import type { GraphQLResponse } from "@silta/testkit";

/** The first error's code, field and rule: how every validation test reads an answer. */
export function firstError(response: GraphQLResponse<unknown>): [unknown, unknown, unknown] {
  const extensions = response.errors?.[0]?.extensions ?? {};
  return [extensions["code"], extensions["field"], extensions["rule"]];
}

export const openEpisodeMutation = `mutation ($input: OpenFitEpisodeInput!) {
  openFitEpisode(input: $input) { id startedOn kind client { id } owner { id } }
}`;

export const recordSessionMutation = `mutation ($input: RecordFitSessionInput!) {
  recordFitSession(input: $input) {
    id heldOn mode
    measurements { id instrument total items rater raterRelation derived { clinical cutoff changeFromIntake reliableChange srsAlert configurationVersion } }
    skipped { instrument reason }
  }
}`;

export const importMutation = `mutation ($input: ImportFitSessionsInput!) {
  importFitSessions(input: $input) {
    committed rowsRead rowsRejected
    episodes { inserted updated unchanged } sessions { inserted updated unchanged } measurements { inserted updated unchanged }
    rejections { line field rule }
  }
}`;

/** The import file's columns, in the documented order (docs/fit-import.md). */
export const importColumns = [
  "episode_id",
  "client_id",
  "client_birth_date",
  "episode_kind",
  "owner_professional_id",
  "team_id",
  "unit_id",
  "organization_id",
  "service",
  "episode_start",
  "episode_end",
  "episode_closure",
  "session_id",
  "session_date",
  "session_mode",
  "professional_id",
  "rater",
  "rater_relation",
  "outcome_instrument",
  "outcome_skipped",
  "outcome_skip_reason",
  "outcome_item1",
  "outcome_item2",
  "outcome_item3",
  "outcome_item4",
  "outcome_total",
  "rating_instrument",
  "rating_skipped",
  "rating_skip_reason",
  "rating_item1",
  "rating_item2",
  "rating_item3",
  "rating_item4",
  "rating_total",
  "etr_target",
  "etr_status",
  "effect_size",
  "app_version",
] as const;
export type ImportRow = Partial<Record<(typeof importColumns)[number], string | number>>;

export function csvOf(rows: ImportRow[]): string {
  const cell = (value: string | number | undefined) => (value === undefined ? "" : String(value));
  return (
    [importColumns.join(","), ...rows.map((row) => importColumns.map((column) => cell(row[column])).join(","))].join("\n") + "\n"
  );
}

export const newId = () => randomUUID();
