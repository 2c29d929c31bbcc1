import { Transform } from "node:stream";
import type { ExportColumn } from "./Dataset";
import type { ExportRow } from "./exportFormats";

type ParquetModule = typeof import("@dsnp/parquetjs");

/** Rows per row group: what the writer holds in memory before it writes one out (a few MB at most). */
const ROW_GROUP_SIZE = 2_048;

/**
 * Parquet through @dsnp/parquetjs's streaming transformer: rows in, the file's bytes out a row group
 * at a time, so memory stays bounded by one row group whatever the dataset's size. Dates are DATE,
 * instants TIMESTAMP_MILLIS (UTC), decimals DOUBLE, lists repeated UTF8, every column optional;
 * SNAPPY compressed. The library is loaded only when Parquet is asked for: it is large.
 */
export async function parquetFormatter(columns: readonly ExportColumn[]): Promise<Transform[]> {
  const parquet: ParquetModule = await import("@dsnp/parquetjs");
  const fields = Object.fromEntries(
    columns.map((column) => [
      column.name,
      { ...parquetTypeOf(column), optional: column.kind !== "list", compression: "SNAPPY" as const },
    ]),
  );
  const schema = new parquet.ParquetSchema(fields as never);
  const toRecord = new Transform({
    objectMode: true,
    transform(row: ExportRow, _encoding, done) {
      const record: Record<string, unknown> = {};
      columns.forEach((column, index) => {
        const value = row[index] ?? null;
        if (value === null) return;
        record[column.name] = parquetValueOf(column, value);
      });
      done(null, record);
    },
  });
  return [toRecord, new parquet.ParquetTransformer(schema, { rowGroupSize: ROW_GROUP_SIZE })];
}

function parquetTypeOf(column: ExportColumn): { type: string; repeated?: boolean } {
  switch (column.kind) {
    case "integer":
      return { type: "INT32" };
    case "decimal":
      return { type: "DOUBLE" };
    case "boolean":
      return { type: "BOOLEAN" };
    case "date":
      return { type: "DATE" };
    case "timestamp":
      return { type: "TIMESTAMP_MILLIS" };
    case "list":
      return { type: "UTF8", repeated: true };
    default:
      return { type: "UTF8" };
  }
}

function parquetValueOf(column: ExportColumn, value: string): unknown {
  switch (column.kind) {
    case "integer":
    case "decimal":
      return Number(value);
    case "boolean":
      return value === "true";
    case "date":
      return new Date(`${value}T00:00:00.000Z`);
    case "timestamp":
      return new Date(value);
    case "list":
      return ((JSON.parse(value) as unknown[] | null) ?? []).map(String);
    default:
      return value;
  }
}
