import type { DatasetDefinition, ExportColumn } from "./Dataset";

/** The SQL of one column as text, so both drivers (pg, PGlite) hand back the same strings. */
function columnSql(column: ExportColumn): string {
  const expression = `(${column.sql})`;
  switch (column.kind) {
    case "date":
      return `to_char(${expression}, 'YYYY-MM-DD')`;
    case "timestamp":
      return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case "list":
      return `to_json(${expression})::text`;
    default:
      return `${expression}::text`;
  }
}

/**
 * The dataset's query: a full snapshot, or with `since` (the previous export's snapshot) only the
 * rows written by a transaction that snapshot did not see. The `>= xmin` term is what the index on
 * `change_xid` serves; the visibility test makes it exact. The snapshot is inlined only after
 * {@link decodeExportCursor} checked it is digits and separators.
 */
export function datasetQuery(dataset: DatasetDefinition, since?: string): string {
  const select = dataset.columns.map((column, index) => `${columnSql(column)} AS c${index}`).join(",\n  ");
  const filters: string[] = [];
  if (dataset.where) filters.push(`(${dataset.where})`);
  if (since !== undefined) {
    if (!/^\d+:\d+:(\d+(,\d+)*)?$/.test(since)) throw new Error("datasetQuery: not a snapshot");
    const xmin = since.split(":")[0];
    filters.push(
      `${dataset.alias}.change_xid >= '${xmin}'::xid8`,
      `NOT pg_visible_in_snapshot(${dataset.alias}.change_xid, '${since}'::pg_snapshot)`,
    );
  }
  return [
    `SELECT\n  ${select}`,
    `FROM ${dataset.table} ${dataset.alias}${dataset.joins ? `\n${dataset.joins}` : ""}`,
    filters.length > 0 ? `WHERE ${filters.join("\n  AND ")}` : "",
    `ORDER BY ${dataset.orderBy}`,
  ]
    .filter(Boolean)
    .join("\n");
}
