import { Transform } from "node:stream";
import { stringify } from "csv-stringify";
import type { ExportColumn } from "./Dataset";
import { parquetFormatter } from "./parquetFormatter";

/** One exported row: the columns' values as text, in column order; null when absent. */
export type ExportRow = (string | null)[];

export const exportFormats = ["csv", "parquet", "ndjson"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const contentTypeOf: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  parquet: "application/vnd.apache.parquet",
  ndjson: "application/x-ndjson; charset=utf-8",
};

/**
 * CSV as RFC 4180 reads it (csv-stringify): UTF-8 without a byte order mark, a header row, fields
 * quoted when they hold a comma, quote or line break, `\n` between records, empty for null. Lists
 * are their elements joined by `;`.
 */
export function csvFormatter(columns: readonly ExportColumn[]): Transform[] {
  const lists = columns.map((column) => column.kind === "list");
  const joinLists = new Transform({
    objectMode: true,
    transform(row: ExportRow, _encoding, done) {
      done(
        null,
        row.map((value, index) =>
          value === null ? "" : lists[index] ? ((JSON.parse(value) as unknown[] | null)?.join(";") ?? "") : value,
        ),
      );
    },
  });
  return [joinLists, stringify({ header: true, columns: columns.map((column) => column.name) })];
}

/** One JSON object per line, with numbers, booleans and lists as JSON types. */
export function ndjsonFormatter(columns: readonly ExportColumn[]): Transform {
  return new Transform({
    writableObjectMode: true,
    transform(row: ExportRow, _encoding, done) {
      const record: Record<string, unknown> = {};
      columns.forEach((column, index) => {
        const value = row[index] ?? null;
        record[column.name] =
          value === null
            ? null
            : column.kind === "integer" || column.kind === "decimal"
              ? Number(value)
              : column.kind === "boolean"
                ? value === "true"
                : column.kind === "list"
                  ? JSON.parse(value)
                  : value;
      });
      done(null, `${JSON.stringify(record)}\n`);
    },
  });
}

/** The transforms, in order, that turn rows into the format's bytes. */
export async function formatterOf(format: ExportFormat, columns: readonly ExportColumn[]): Promise<Transform[]> {
  if (format === "parquet") return parquetFormatter(columns);
  return format === "csv" ? csvFormatter(columns) : [ndjsonFormatter(columns)];
}
