import { createReadStream, statSync } from "node:fs";
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

/**
 * Imports a file streamed from disk: memory is bounded by the batch size, not the file.
 * `onRead` hears the lines and the share of the file read so far, for a progress display.
 */
export function importFile(
  sql: Sql,
  path: string,
  format: ImportFormat,
  options: ImportOptions,
  onRead?: (lines: number, fraction: number) => void,
): Promise<ImportReport> {
  const stream = createReadStream(path, { encoding: format === "csv" ? undefined : "utf8", highWaterMark: 64 * 1024 });
  if (onRead) {
    const size = Math.max(1, statSync(path).size);
    let lines = 0;
    stream.on("data", (chunk: string | Buffer) => {
      lines += countLines(chunk);
      onRead(lines, stream.bytesRead / size);
    });
  }
  return importRows(sql, format === "csv" ? csvRows(stream) : jsonRows(stream), options);
}

function countLines(chunk: string | Buffer): number {
  let lines = 0;
  for (let at = chunk.indexOf("\n"); at !== -1; at = chunk.indexOf("\n", at + 1)) lines += 1;
  return lines;
}
