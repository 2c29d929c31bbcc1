import { createReadStream, statSync } from "node:fs";
import { Transform, type Readable } from "node:stream";
import { extname } from "node:path";
import type { PrismaClient } from "../data/db";
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
  prisma: PrismaClient,
  path: string,
  format: ImportFormat,
  options: ImportOptions,
  onRead?: (lines: number, fraction: number) => void,
): Promise<ImportReport> {
  const stream = createReadStream(path, { encoding: format === "csv" ? undefined : "utf8", highWaterMark: 64 * 1024 });
  // Counted on the way through, not by a second 'data' listener: that one would start the stream
  // flowing before the reader is attached, and the reader would miss what flowed by.
  const source: Readable = onRead ? stream.pipe(lineCounter(Math.max(1, statSync(path).size), stream, onRead)) : stream;
  return importRows(prisma, format === "csv" ? csvRows(source) : jsonRows(source), options);
}

function lineCounter(size: number, file: { bytesRead: number }, onRead: (lines: number, fraction: number) => void): Transform {
  let lines = 0;
  return new Transform({
    decodeStrings: false,
    transform(chunk: string | Buffer, _encoding, done) {
      lines += countLines(chunk);
      onRead(lines, file.bytesRead / size);
      done(null, chunk);
    },
  });
}

function countLines(chunk: string | Buffer): number {
  let lines = 0;
  for (let at = chunk.indexOf("\n"); at !== -1; at = chunk.indexOf("\n", at + 1)) lines += 1;
  return lines;
}
