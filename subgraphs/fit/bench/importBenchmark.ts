/**
 * Import benchmark: `npm run bench:import [-- --measurements 100000]`
 *
 * Writes an OpenFIT-style CSV (two measurements per row: ORS and SRS), imports it into a fresh
 * PostgreSQL schema (TEST_DATABASE_URL, as the tests use) through the same command path
 * (`importFile`), imports it again (idempotence: nothing changes), and prints time, rows per second,
 * the summary's counts, peak memory (RSS and heap, sampled every 50 ms), the machine and its load
 * average before and after. Run with two sizes, or with NODE_OPTIONS=--max-old-space-size=80, to see
 * that memory does not grow with the file. Method and results: docs/benchmarks-fit.md.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { todayIn } from "@silta/kernel";
import { createTestDatabase } from "@silta/testkit";
import { fitSubgraph } from "../src";
import { BULK_TRANSACTION, createPrisma } from "../src/data/db";
import { importFile } from "../src/import/importFile";
import { openFitAdapter } from "../src/import/openFitAdapter";
import { importColumns } from "../test/fitHelpers";
import { withBenchmarkLock } from "@silta/testkit/benchmarkLock";

const SESSIONS_PER_EPISODE = 10;

async function writeExport(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const teams = Array.from({ length: 50 }, () => randomUUID());
  const professionals = Array.from({ length: 200 }, () => randomUUID());
  const clients = Array.from({ length: Math.ceil(rows / SESSIONS_PER_EPISODE) }, () => randomUUID());
  out.write(importColumns.join(",") + "\n");
  for (let row = 0; row < rows; row += 1) {
    const episode = Math.floor(row / SESSIONS_PER_EPISODE);
    const k = row % SESSIONS_PER_EPISODE;
    const items = (base: number) =>
      [0, 1, 2, 3].map((i) => Math.min(10, Math.max(0, base + ((row * 7 + i * 3) % 20) / 10 - 1)).toFixed(1));
    const ors = items(4 + k * 0.3);
    const srs = items(8.5);
    const values: Record<string, string> = {
      episode_id: `bench-${episode}`,
      client_id: clients[episode]!,
      client_birth_date: "1985-03-01",
      owner_professional_id: professionals[episode % 200]!,
      team_id: teams[episode % 50]!,
      episode_start: "2025-01-01",
      session_id: `bench-${episode}-${k}`,
      session_date: `2025-${String(1 + (k % 12)).padStart(2, "0")}-${String(1 + (episode % 28)).padStart(2, "0")}`,
      session_mode: "face_to_face",
      professional_id: professionals[episode % 200]!,
      rater: "client",
      outcome_instrument: "ORS",
      outcome_item1: ors[0]!,
      outcome_item2: ors[1]!,
      outcome_item3: ors[2]!,
      outcome_item4: ors[3]!,
      rating_instrument: "SRS",
      rating_total: String((srs.reduce((a, b) => a + Number(b) * 10, 0) / 10).toFixed(1)),
    };
    if (!out.write(importColumns.map((column) => values[column] ?? "").join(",") + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

const load = () => loadavg().map((value) => Number(value.toFixed(1)));

async function main(): Promise<void> {
  const usage = "usage: npm run bench:import -- [--measurements 100000]   (docs/benchmarks-fit.md)";
  let values: { measurements: string; help: boolean };
  try {
    ({ values } = parseArgs({
      options: { measurements: { type: "string", default: "100000" }, help: { type: "boolean", short: "h", default: false } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}
${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const measurements = Number(values.measurements);
  if (!Number.isInteger(measurements) || measurements < 2 || measurements > 10_000_000) {
    console.error(`--measurements must be a whole number from 2 to 10000000
${usage}`);
    process.exit(2);
  }
  await withBenchmarkLock("bench:import", () => measureImport(measurements));
}

async function measureImport(measurements: number): Promise<void> {
  const rows = Math.ceil(measurements / 2);
  const loadBefore = load();
  const folder = await mkdtemp(join(tmpdir(), "fit-bench-"));
  const path = join(folder, "export.csv");
  await writeExport(path, rows);
  const testDb = await createTestDatabase("fit_bench_import", fitSubgraph.migrationsDir);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const sampler = setInterval(sample, 50);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  // The command's client and transaction budget (src/import/main.ts).
  const prisma = createPrisma(testDb.database);
  try {
    sample();
    const before = { rss: peakRss, heap: peakHeap };
    const options = {
      adapter: openFitAdapter,
      skipInvalid: false,
      today: todayIn("Europe/Helsinki"),
      actorId: "bench",
      onReject: () => undefined,
      transaction: BULK_TRANSACTION,
    };
    let started = performance.now();
    const first = await importFile(prisma, path, "csv", options);
    const firstSeconds = (performance.now() - started) / 1000;
    sample();
    started = performance.now();
    const second = await importFile(prisma, path, "csv", options);
    const secondSeconds = (performance.now() - started) / 1000;
    sample();
    console.log(
      JSON.stringify(
        {
          file: {
            rows,
            episodes: Math.ceil(rows / SESSIONS_PER_EPISODE),
            measurements: rows * 2,
            size: mb((await stat(path)).size),
          },
          firstImport: {
            seconds: Number(firstSeconds.toFixed(1)),
            measurementsPerSecond: Math.round((rows * 2) / firstSeconds),
            episodes: first.episodes,
            sessions: first.sessions,
            measurements: first.measurements,
            derivedUpdated: first.derivedUpdated,
          },
          secondImport: {
            seconds: Number(secondSeconds.toFixed(1)),
            episodes: second.episodes,
            sessions: second.sessions,
            measurements: second.measurements,
          },
          memory: { rssBefore: mb(before.rss), peakRss: mb(peakRss), heapBefore: mb(before.heap), peakHeap: mb(peakHeap) },
          machine: {
            cores: cpus().length,
            cpu: cpus()[0]?.model ?? "unknown",
            memory: `${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
            node: process.version,
            nodeOptions: process.env["NODE_OPTIONS"] ?? "",
            loadAverageBefore: loadBefore,
            loadAverageAfter: load(),
          },
        },
        null,
        2,
      ),
    );
  } finally {
    clearInterval(sampler);
    await prisma.$disconnect();
    await testDb.drop();
    await rm(folder, { recursive: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
