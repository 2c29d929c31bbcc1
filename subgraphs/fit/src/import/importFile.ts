import { createReadStream } from "node:fs";
import { extname } from "node:path";
import type { Sql } from "@silta/kernel";
import { importRows, type ImportOptions, type ImportReport } from "./importPipeline";
import { csvRows, jsonRows } from "./readers";

export type ImportFormat = "csv" | "json";

/** The format a file name suggests: `.csv`, or `.json` / `.jsonl` / `.ndjson`. */
export function formatOf(path: string): ImportFormat | null {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv") return "csv";
  if ([".json", ".jsonl", ".ndjson"].includes(extension)) return "json";
  return null;
}

/** Imports a file streamed from disk: memory is bounded by the batch size, not the file. */
export function importFile(sql: Sql, path: string, format: ImportFormat, options: ImportOptions): Promise<ImportReport> {
  const stream = createReadStream(path, { encoding: format === "csv" ? undefined : "utf8", highWaterMark: 64 * 1024 });
  return importRows(sql, format === "csv" ? csvRows(stream) : jsonRows(stream), options);
}
