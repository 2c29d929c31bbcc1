import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Sql } from "@silta/kernel";
import type { DatasetDefinition } from "./Dataset";
import { datasetQuery } from "./datasetQuery";
import { decodeExportCursor, encodeExportCursor } from "./exportCursor";
import { contentTypeOf, formatterOf, type ExportFormat, type ExportRow } from "./exportFormats";
import type { Pseudonymiser } from "./Pseudonymiser";

export interface ExportRequest {
  dataset: DatasetDefinition;
  format: ExportFormat;
  /** The cursor of the previous export of this dataset: only what changed since. Absent: a full snapshot. */
  since?: string;
  pseudonymiser: Pseudonymiser;
  /** Rows fetched from the database at a time. Default 2,000: a few MB at most, whatever the table's size. */
  batchSize?: number;
  /** Hears the rows read so far, once per batch: a progress display for the command. */
  onRows?: (rows: number) => void;
}

export interface ExportStart {
  /** The cursor for the next increment: known before the first row, so it can go in a response header. */
  cursor: string;
  contentType: string;
}

export interface ExportResult extends ExportStart {
  rows: number;
}

/**
 * Streams one dataset to `output` with constant memory: one REPEATABLE READ, read-only transaction
 * (one snapshot, so the rows and the cursor agree), a server-side cursor fetched a batch at a time,
 * and Node streams whose backpressure stops the fetching while the receiver is slow. Person ids are
 * replaced by pseudonyms row by row before they reach the formatter.
 */
export async function streamExport(
  sql: Sql,
  request: ExportRequest,
  output: Writable,
  onStart?: (start: ExportStart) => void,
): Promise<ExportResult> {
  const { dataset, pseudonymiser } = request;
  const since = request.since === undefined ? undefined : decodeExportCursor(request.since, dataset.name).snapshot;
  const batchSize = request.batchSize ?? 2_000;
  const columnCount = dataset.columns.length;
  const pseudonymDomains = dataset.columns.map((column) => (typeof column.kind === "object" ? column.kind.pseudonym : null));
  let rows = 0;
  return sql.transaction(async (tx) => {
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    // The whole result is read, so plan for all of it (a sorted scan), not for the first rows.
    await tx.query("SET LOCAL cursor_tuple_fraction = 1.0");
    const [{ snapshot }] = (await tx.query<{ snapshot: string }>("SELECT pg_current_snapshot()::text AS snapshot")) as [
      { snapshot: string },
    ];
    const start: ExportStart = {
      cursor: encodeExportCursor({ dataset: dataset.name, snapshot }),
      contentType: contentTypeOf[request.format],
    };
    onStart?.(start);
    await tx.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${datasetQuery(dataset, since)}`);
    async function* fetchRows(): AsyncGenerator<ExportRow> {
      const fetchBatch = () => {
        const batch = tx.query<Record<string, string | null>>(`FETCH ${batchSize} FROM export_rows`);
        // A receiver that went away leaves the prefetch unread: its failure is the transaction's, not a crash.
        batch.catch(() => undefined);
        return batch;
      };
      let next = fetchBatch();
      for (;;) {
        const batch = await next;
        // The database fetches the next batch while this one is formatted: at most two in memory.
        if (batch.length === batchSize) next = fetchBatch();
        for (const record of batch) {
          const row: ExportRow = new Array(columnCount);
          for (let index = 0; index < columnCount; index++) {
            const value = record[`c${index}`] ?? null;
            const domain = pseudonymDomains[index];
            row[index] = value !== null && domain ? pseudonymiser.pseudonym(domain, value) : value;
          }
          rows += 1;
          yield row;
        }
        request.onRows?.(rows);
        if (batch.length < batchSize) return;
      }
    }
    await pipeline([
      Readable.from(fetchRows(), { objectMode: true, highWaterMark: 256 }),
      ...(await formatterOf(request.format, dataset.columns)),
      output,
    ]);
    await tx.query("CLOSE export_rows");
    return { ...start, rows };
  });
}
