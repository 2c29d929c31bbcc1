import type { SubgraphName } from "../subgraphs";

/**
 * The tables the seed fills, column for column as in each subgraph's migrations. Within a subgraph
 * they are listed parents first, the order their foreign keys need when a batch is written.
 */
export interface Column {
  name: string;
  /** Element type of the array parameter passed to `unnest`. */
  arrayType: string;
  /**
   * Cast applied per row, for array-valued columns: `unnest` flattens a two-dimensional array, so
   * those travel as text literals (`{4.1,5.0}`) and are cast back here.
   */
  rowCast?: string;
}

export interface Table {
  name: string;
  subgraph: SubgraphName;
  columns: readonly Column[];
}

const uuid = (name: string): Column => ({ name, arrayType: "uuid" });
const text = (name: string): Column => ({ name, arrayType: "text" });
const date = (name: string): Column => ({ name, arrayType: "date" });
const timestamp = (name: string): Column => ({ name, arrayType: "timestamptz" });
const boolean = (name: string): Column => ({ name, arrayType: "boolean" });
/** A uuid[] column, sent as a text literal (`{id,id}`). */
const uuids = (name: string): Column => ({ name, arrayType: "text", rowCast: "uuid[]" });

export const tables = {
  organization: {
    name: "organization",
    subgraph: "teams",
    columns: [
      uuid("id"),
      text("name"),
      { name: "type", arrayType: '"OrganizationType"' },
      text("business_id"),
      { name: "is_county_organization", arrayType: "boolean" },
    ],
  },
  professional: {
    name: "professional",
    subgraph: "teams",
    columns: [
      uuid("id"),
      text("first_name"),
      text("last_name"),
      text("profession"),
      uuid("organization_id"),
      { name: "active", arrayType: "boolean" },
      text("unit"),
      text("work_phone"),
      text("work_email"),
    ],
  },
  team: { name: "team", subgraph: "teams", columns: [uuid("id"), text("name"), { name: "kind", arrayType: '"TeamKind"' }] },
  team_membership: {
    name: "team_membership",
    subgraph: "teams",
    columns: [uuid("id"), uuid("team_id"), uuid("professional_id"), text("role"), date("since"), date("until")],
  },
  team_client: {
    name: "team_client",
    subgraph: "teams",
    columns: [uuid("team_id"), uuid("client_id"), date("since"), date("until")],
  },
  /** Teams' history of responsible workers (omatyöntekijä); `is_current` is true or NULL (unique per client). */
  responsible_worker: {
    name: "responsible_worker",
    subgraph: "teams",
    columns: [uuid("id"), uuid("client_id"), uuid("professional_id"), date("since"), date("until"), boolean("is_current")],
  },
  client: {
    name: "client",
    subgraph: "clients",
    columns: [
      uuid("id"),
      text("first_name"),
      text("last_name"),
      date("birth_date"),
      text("language"),
      uuid("controller_organization_id"),
      text("identity_code_hash"),
      timestamp("created_at"),
      timestamp("updated_at"),
      text("identity_code_encrypted"),
      boolean("has_non_disclosure_order"),
      text("street_address"),
      text("postal_code"),
      text("post_office"),
      text("municipality_code"),
      text("phone"),
      text("email"),
    ],
  },
  client_relationship: {
    name: "client_relationship",
    subgraph: "clients",
    columns: [uuid("id"), uuid("client_id"), uuid("organization_id"), text("service_task"), date("since"), date("until")],
  },
  /** The clients subgraph's projection of teams' current responsible worker (normally from events). */
  client_responsible_worker: {
    name: "responsible_worker",
    subgraph: "clients",
    columns: [
      uuid("client_id"),
      uuid("professional_id"),
      uuid("organization_id"),
      date("since"),
      timestamp("assigned_at"),
      uuid("event_id"),
    ],
  },
  family: { name: "family", subgraph: "clients", columns: [uuid("id"), text("name"), timestamp("created_at")] },
  family_member: {
    name: "family_member",
    subgraph: "clients",
    columns: [uuid("family_id"), uuid("client_id"), { name: "relation", arrayType: '"FamilyRelation"' }],
  },
  guardianship: {
    name: "guardianship",
    subgraph: "clients",
    columns: [uuid("id"), uuid("child_client_id"), uuid("guardian_client_id"), date("since"), date("until")],
  },
  concern: {
    name: "concern",
    subgraph: "clients",
    columns: [
      uuid("id"),
      uuid("client_id"),
      uuid("family_id"),
      text("description"),
      uuid("raised_by_professional_id"),
      text("recorded_by"),
      timestamp("raised_at"),
      date("raised_on"),
      text("service"),
      text("deadline_rule_code"),
      date("deadline"),
      uuid("organization_id"),
      uuid("team_id"),
      uuid("responsible_professional_id"),
      { name: "status", arrayType: '"ConcernStatus"' },
      text("reacted_by"),
      timestamp("reacted_at"),
      text("closed_by"),
      timestamp("closed_at"),
    ],
  },
  service_plan: {
    name: "service_plan",
    subgraph: "clients",
    columns: [
      uuid("id"),
      uuid("client_id"),
      uuid("family_id"),
      { name: "goals", arrayType: "text", rowCast: "text[]" },
      text("created_by"),
      timestamp("created_at"),
      timestamp("updated_at"),
    ],
  },
  agreement: {
    name: "agreement",
    subgraph: "clients",
    columns: [
      uuid("id"),
      uuid("plan_id"),
      text("concern"),
      text("next_action"),
      uuid("responsible_professional_id"),
      text("if_not_done"),
      text("follow_up"),
      date("due_on"),
      { name: "status", arrayType: '"AgreementStatus"' },
      timestamp("created_at"),
    ],
  },
  consent: {
    name: "consent",
    subgraph: "consents",
    columns: [
      uuid("id"),
      uuid("client_id"),
      uuid("recipient_organization_id"),
      { name: "categories", arrayType: "text", rowCast: '"DataCategory"[]' },
      text("purpose"),
      date("valid_from"),
      date("valid_until"),
      timestamp("revoked_at"),
      timestamp("given_at"),
      text("recorded_by"),
      uuids("recipient_organization_ids"),
      { name: "given_by", arrayType: '"ConsentGiver"' },
      uuid("given_by_client_id"),
      uuid("recorded_by_organization_id"),
    ],
  },
  // The consents subgraph's access projection, which teams' and clients' events fill (docs/access.md):
  // the seed publishes those events through consents' projection function (accessEvents.ts), which
  // gives these rows; without them every access decision on a seeded hub would be a denial.
  access_organization: {
    name: "access_organization",
    subgraph: "consents",
    columns: [uuid("organization_id"), boolean("is_county_organization")],
  },
  access_team_member: {
    name: "access_team_member",
    subgraph: "consents",
    columns: [uuid("team_id"), uuid("professional_id"), uuid("organization_id"), text("role"), date("since"), date("until")],
  },
  access_team_client: {
    name: "access_team_client",
    subgraph: "consents",
    columns: [uuid("team_id"), uuid("client_id"), date("since"), date("until")],
  },
  access_responsible_worker: {
    name: "access_responsible_worker",
    subgraph: "consents",
    columns: [uuid("client_id"), uuid("professional_id"), uuid("organization_id"), date("since")],
  },
  access_client: {
    name: "access_client",
    subgraph: "consents",
    columns: [uuid("client_id"), uuid("controller_organization_id"), boolean("has_non_disclosure_order"), uuid("created_by")],
  },
  access_client_relationship: {
    name: "access_client_relationship",
    subgraph: "consents",
    columns: [
      uuid("relationship_id"),
      uuid("client_id"),
      uuid("organization_id"),
      text("service_task"),
      date("since"),
      date("until"),
    ],
  },
  access_guardianship: {
    name: "access_guardianship",
    subgraph: "consents",
    columns: [uuid("child_client_id"), uuid("guardian_client_id"), date("since"), date("until")],
  },
  episode: {
    name: "episode",
    subgraph: "fit",
    columns: [
      uuid("id"),
      uuid("client_id"),
      date("client_birth_date"),
      { name: "kind", arrayType: '"EpisodeKind"' },
      uuid("owner_professional_id"),
      uuid("team_id"),
      uuid("unit_id"),
      uuid("organization_id"),
      text("service"),
      date("started_on"),
      date("ended_on"),
      { name: "closure", arrayType: '"EpisodeClosure"' },
      timestamp("created_at"),
    ],
  },
  fit_session: {
    name: "fit_session",
    subgraph: "fit",
    columns: [
      uuid("id"),
      uuid("episode_id"),
      date("held_on"),
      { name: "mode", arrayType: '"SessionMode"' },
      uuid("professional_id"),
      timestamp("created_at"),
    ],
  },
  measurement: {
    name: "measurement",
    subgraph: "fit",
    columns: [
      uuid("id"),
      uuid("client_id"),
      uuid("professional_id"),
      { name: "instrument", arrayType: '"Instrument"' },
      date("measured_on"),
      { name: "total", arrayType: "numeric" },
      { name: "items", arrayType: "text", rowCast: "numeric(3,1)[]" },
      timestamp("created_at"),
      uuid("session_id"),
      uuid("episode_id"),
      // The derived values, computed by the fit subgraph's scoring as the rows are generated (families.ts).
      boolean("clinical"),
      { name: "cutoff", arrayType: "numeric" },
      { name: "change_from_intake", arrayType: "numeric" },
      { name: "reliable_change", arrayType: '"ReliableChange"' },
      boolean("srs_alert"),
      { name: "config_version", arrayType: "int" },
    ],
  },
  course: {
    name: "course",
    subgraph: "training",
    columns: [
      uuid("id"),
      text("name"),
      { name: "level", arrayType: '"FitTrainingLevel"' },
      text("provider"),
      { name: "provider_kind", arrayType: '"ProviderKind"' },
    ],
  },
  training_completion: {
    name: "training_completion",
    subgraph: "training",
    columns: [uuid("id"), uuid("professional_id"), uuid("course_id"), date("completed_on")],
  },
  /** In-house FIT trainers: those who completed the trainer training. */
  trainer: {
    name: "trainer",
    subgraph: "training",
    columns: [uuid("professional_id"), date("qualified_since"), date("qualified_until")],
  },
  /** The training subgraph's projection of teams' professionals (normally from events). */
  staff_member: {
    name: "staff_member",
    subgraph: "training",
    columns: [uuid("professional_id"), uuid("organization_id"), uuid("unit_id"), boolean("active"), timestamp("as_of")],
  },
} as const satisfies Record<string, Table>;

export type TableName = keyof typeof tables;

/** Values in column order; dates as `YYYY-MM-DD`, timestamps as ISO strings, arrays as PostgreSQL literals. */
export type Row = readonly unknown[];

/** Where generated rows go: the database in `npm run seed`, memory in tests. */
export interface RowSink {
  add(table: TableName, row: Row): void;
}

/** `INSERT ... SELECT FROM unnest($1::uuid[], ...)`: one statement and one round trip per batch. */
export function unnestInsert(table: Table): string {
  const columns = table.columns.map((column) => `"${column.name}"`).join(", ");
  const params = table.columns.map((column, i) => `$${i + 1}::${column.arrayType}[]`).join(", ");
  const selected = table.columns
    .map((column) => (column.rowCast ? `"${column.name}"::${column.rowCast}` : `"${column.name}"`))
    .join(", ");
  return `INSERT INTO "${table.name}" (${columns}) SELECT ${selected} FROM unnest(${params}) AS row_(${columns})`;
}
