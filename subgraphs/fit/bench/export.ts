import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { migrate, openPostgres } from "@silta/kernel";
import { Pseudonymiser, exportFormats, streamExport, type ExportFormat } from "@silta/export";
import { derivedValues, measurements } from "../src/export/fitDatasets";
import { withBenchmarkLock } from "@silta/testkit/benchmarkLock";

/**
 * `npm run bench:export -- [--rows 1000000] [--formats csv,parquet,ndjson]`: the data lake export of the
 * fit subgraph's measurements, on a schema of its own that it fills with generated rows (in SQL)
 * and drops at the end. Prints rows per second and the peak RSS and heap of this process, sampled
 * every 50 ms while exporting, and the machine's load average before and after. Stops by itself.
 * PostgreSQL: DATABASE_URL, default the local server.
 */
const usage = `usage: npm run bench:export -- [--rows 1000000] [--formats csv,parquet,ndjson] [--out /dev/null]

Exports generated fit measurements (a schema of its own on DATABASE_URL, default the local server,
dropped at the end) and prints rows per second and peak memory (docs/benchmarks-export.md).`;

/** Reads the arguments or ends the process with what was wrong (exit 2) or the usage (--help, exit 0). */
function readArguments(): { rows: number; formats: ExportFormat[]; out: string } {
  const fail = (problem: string): never => {
    console.error(`${problem}\n${usage}`);
    process.exit(2);
  };
  let values: { rows: string; formats: string; out: string; help: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        rows: { type: "string", default: "1000000" },
        formats: { type: "string", default: "csv,parquet" },
        out: { type: "string", default: "/dev/null" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const rows = Number(values.rows);
  const formats = values.formats.split(",") as ExportFormat[];
  if (!Number.isInteger(rows) || rows < 1 || rows > 10_000_000) fail("--rows must be a whole number from 1 to 10000000");
  if (!formats.every((format) => exportFormats.includes(format)))
    fail(`--formats must be a comma-separated list of ${exportFormats.join(", ")}`);
  return { rows, formats, out: values.out };
}

const { rows, formats, out: outPath } = readArguments();

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ");
const url = process.env["DATABASE_URL"] ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const schema = `bench_export_${randomBytes(4).toString("hex")}`;

async function main(): Promise<void> {
  const database = await openPostgres({ url, schema, poolSize: 2 });
  try {
    await migrate(database.sql, join(__dirname, "..", "prisma", "migrations"));
    const seeding = performance.now();
    // 20,000 clients with 50 measurements each (at 1 M rows), a quarter with derived values.
    await database.sql.exec(`
      INSERT INTO measurement (id, client_id, professional_id, instrument, measured_on, total, items, rater,
                               config_version, clinical, cutoff, change_from_intake, reliable_change)
      SELECT gen_random_uuid(),
             md5('client' || (n % 20000))::uuid,
             md5('professional' || (n % 400))::uuid,
             (CASE WHEN n % 2 = 0 THEN 'ORS' ELSE 'SRS' END)::"Instrument",
             DATE '2024-01-01' + (n % 700),
             (n % 40)::numeric(3,1),
             ARRAY[(n % 10), (n % 9), (n % 8), (n % 7)]::numeric(3,1)[],
             'CLIENT',
             CASE WHEN n % 4 = 0 THEN 1 END,
             CASE WHEN n % 4 = 0 THEN n % 40 < 25 END,
             CASE WHEN n % 4 = 0 THEN 25.0 END,
             CASE WHEN n % 4 = 0 THEN (n % 11 - 5)::numeric(3,1) END,
             CASE WHEN n % 4 = 0 THEN 'NO_RELIABLE_CHANGE'::"ReliableChange" END
        FROM generate_series(1, ${rows}) AS n;
      ANALYZE measurement;`);
    console.log(
      `Seeded ${rows.toLocaleString("en-US")} measurements in ${((performance.now() - seeding) / 1000).toFixed(1)} s (schema ${schema})`,
    );
    console.log(
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
        `load average ${loadAverage()}`,
    );
    const pseudonymiser = new Pseudonymiser("bench", "bench-export-key-0123456789-0123456789-0123");
    for (const [format, dataset] of formats.flatMap((format) =>
      [measurements, derivedValues].map((dataset) => [format, dataset] as const),
    )) {
      global.gc?.();
      const base = process.memoryUsage();
      let peakRss = base.rss;
      let peakHeap = base.heapUsed;
      const sampler = setInterval(() => {
        const usage = process.memoryUsage();
        peakRss = Math.max(peakRss, usage.rss);
        peakHeap = Math.max(peakHeap, usage.heapUsed);
      }, 50);
      const file = createWriteStream(outPath);
      let bytes = 0;
      // Counts what is written and passes file's backpressure on, as an HTTP response would.
      const output = new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          if (file.write(chunk)) done();
          else file.once("drain", () => done());
        },
        final(done) {
          file.end(() => done());
        },
      });
      const started = performance.now();
      const result = await streamExport(database.sql, { dataset, format, pseudonymiser }, output);
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const mb = (value: number) => `${(value / 2 ** 20).toFixed(0)} MB`;
      console.log(
        `${dataset.name} (${format}): ${result.rows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s = ` +
          `${Math.round(result.rows / seconds).toLocaleString("en-US")} rows/s, ${mb(bytes)} written; ` +
          `peak RSS ${mb(peakRss)} (at start ${mb(base.rss)}), peak heap ${mb(peakHeap)} (at start ${mb(base.heapUsed)})`,
      );
    }
    console.log(`Load average at the end: ${loadAverage()}`);
  } finally {
    await database.sql.exec(`DROP SCHEMA "${schema}" CASCADE`).catch(() => undefined);
    await database.close();
  }
}

// The arguments are read above, at import: --help and a usage error never wait for the lock.
withBenchmarkLock("bench:export", main).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
