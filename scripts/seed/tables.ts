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
    ],
  },
  course: {
    name: "course",
    subgraph: "training",
    columns: [uuid("id"), text("name"), { name: "level", arrayType: '"FitTrainingLevel"' }, text("provider")],
  },
  training_completion: {
    name: "training_completion",
    subgraph: "training",
    columns: [uuid("id"), uuid("professional_id"), uuid("course_id"), date("completed_on")],
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
