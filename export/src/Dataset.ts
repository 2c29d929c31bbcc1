import type { DataCategory } from "@silta/kernel";

/**
 * How an exported column is turned into text. Pseudonym kinds carry a person's raw id out of the
 * query only to be replaced by the destination's keyed hash before anything is written.
 */
export type ExportColumnKind =
  | "text"
  | "integer"
  | "decimal"
  | "boolean"
  /** A calendar date, `YYYY-MM-DD`. */
  | "date"
  /** An instant, ISO 8601 in UTC with milliseconds (`2026-12-01T20:15:00.000Z`). */
  | "timestamp"
  /** A list, written as its elements joined by `;` (in CSV) or as an array (in NDJSON). */
  | "list"
  /** A person's id (client, professional) or a family's, replaced by the destination's pseudonym. */
  | { pseudonym: PseudonymDomain };

/** Whose identifier a pseudonym stands for: a domain separator of the keyed hash. */
export type PseudonymDomain = "client" | "professional" | "family";

export interface ExportColumn {
  /** Column name in the export (snake_case, stable: renaming one is a new schema version). */
  name: string;
  /** SQL expression over the dataset's `FROM`; must not reveal anything the column does not name. */
  sql: string;
  kind: ExportColumnKind;
  /** What the value means, for docs/data-lake-export.md. */
  description: string;
}

/**
 * One exported dataset (tietoallas-aineisto): a projection of one table of one subgraph. One table
 * per dataset keeps the change tracking exact: an increment is the rows whose `change_xid` the
 * previous export's snapshot had not seen.
 */
export interface DatasetDefinition {
  /** URL and file name: `measurements`, `fit_derived_values`. */
  name: string;
  subgraph: string;
  description: string;
  /** The one table whose `change_xid` column tracks changes, with its alias (`measurement m`). */
  table: string;
  alias: string;
  /** Extra `FROM` joins, only to rows that never change their key (e.g. a plan's client). */
  joins?: string;
  /** A fixed filter, e.g. only the measurements that have derived values. */
  where?: string;
  /** Columns in order. */
  columns: ExportColumn[];
  /** Key in export order (`m.id`): with the snapshot it makes two exports of the same data equal. */
  orderBy: string;
  /** The category of client data the dataset discloses, for the access log; none when not client data. */
  category: DataCategory | null;
}

export function defineDataset(definition: DatasetDefinition): DatasetDefinition {
  const names = new Set<string>();
  for (const column of definition.columns) {
    if (!/^[a-z][a-z0-9_]*$/.test(column.name)) throw new Error(`${definition.name}.${column.name}: column names are snake_case`);
    if (names.has(column.name)) throw new Error(`${definition.name}.${column.name} is defined twice`);
    names.add(column.name);
  }
  return definition;
}

/** Shorthand for a column whose SQL is `<alias>.<name>` unless given. */
export function column(name: string, kind: ExportColumnKind, description: string, sql?: string): ExportColumn {
  return { name, kind, description, sql: sql ?? name };
}
