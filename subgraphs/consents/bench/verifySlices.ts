/**
 * The walk of the whole access log in slices against the walk in one go:
 * `npx tsx subgraphs/consents/bench/verifySlices.ts`
 *
 * On real PostgreSQL (TEST_DATABASE_URL, as the tests use), a fresh consents schema. Writes a log the
 * way a county's is sealed: `--entries` entries (default 200,000) in seals of `--per-seal` (default
 * 25: the sealer's turn every 500 ms through the working day takes a few dozen), then walks it whole,
 * alternately in one go (`verifyAccessLog`, as `audit:verify` without `--since-checkpoint`) and in
 * slices of `--slice-seconds` (default 1; `walkWholeLogSlice`, as the hourly run's
 * `--slice-seconds`), `--rounds` times each (default 2).
 *
 * Prints per round the walk in one go (wall time, entries a second), the slices (how many, median
 * and longest wall time of one, what the longest ran past its budget, their sum, entries a second)
 * and slices ÷ one go of the total wall time. Method and results: docs/benchmarks.md, "Nineteenth sitting".
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { DataCategory } from "@silta/kernel";
import { createTestDatabase, optionsOf, professional, runBenchmark, wholeNumber } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { createPrisma } from "../src/data/db";
import { sealAccessLog } from "../src/access/accessLogSealer";
import { appendAccessLog, batchLogEntries } from "../src/access/accessLogStore";
import { verifyAccessLog } from "../src/audit/verifyAccessLog";
import { walkWholeLogSlice } from "../src/audit/wholeWalkInSlices";
import type { CheckpointHead, WholeWalkCursor } from "../src/audit/checkpoint";

const usage = `Usage: npx tsx subgraphs/consents/bench/verifySlices.ts [--entries 200000] [--per-seal 25] [--slice-seconds 1] [--rounds 2]
  --entries        entries in the log (default 200000)
  --per-seal       entries a seal (default 25)
  --slice-seconds  the budget of one slice (default 1)
  --rounds         walks each way, alternating (default 2)
Runs on TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), in a schema of its own, dropped after.`;

function readArguments() {
  const values = optionsOf(process.argv.slice(2), {
    entries: { type: "string", default: "200000" },
    "per-seal": { type: "string", default: "25" },
    "slice-seconds": { type: "string", default: "1" },
    rounds: { type: "string", default: "2" },
    help: { type: "boolean" },
  });
  if (values.help) {
    console.log(usage);
    return undefined;
  }
  return {
    entries: wholeNumber("entries", values.entries, 1, 10_000_000),
    perSeal: wholeNumber("per-seal", values["per-seal"], 1, 5_000),
    sliceSeconds: wholeNumber("slice-seconds", values["slice-seconds"], 0, 3_600),
    rounds: wholeNumber("rounds", values.rounds, 1, 20),
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const perSecond = (entries: number, ms: number) => Math.round(entries / (ms / 1000)).toLocaleString("en-US");

async function main(): Promise<void> {
  const settings = readArguments();
  if (!settings) return;
  const testDb = await createTestDatabase("bench_slices", consentsSubgraph.migrationsDir);
  const prisma = createPrisma(testDb.database);
  try {
    const viewer = professional(randomUUID(), { id: randomUUID() });
    const built = performance.now();
    for (let written = 0; written < settings.entries; written += settings.perSeal) {
      const count = Math.min(settings.perSeal, settings.entries - written);
      const requests = Array.from({ length: count }, () => ({
        clientId: randomUUID(),
        category: DataCategory.Basic,
        action: "read" as const,
      }));
      const decisions = requests.map(() => ({ allowed: true, basis: "responsible_worker" }));
      const context = { requestId: randomUUID(), source: "clients" };
      await appendAccessLog(testDb.database.sql, batchLogEntries(viewer, requests, decisions, context, new Date().toISOString()));
      await sealAccessLog(prisma, { wait: true });
    }
    await testDb.database.sql.exec(`VACUUM ANALYZE`);
    const first = await verifyAccessLog(prisma);
    if (!first.ok) throw new Error(`the log written is broken: ${first.reason}`);
    const checkpoint: CheckpointHead = { ...first.head, entries: first.entries, at: new Date().toISOString() };
    console.log(
      `Access log of ${first.entries.toLocaleString("en-US")} entries in ${first.seals.toLocaleString("en-US")} seals, written in ${seconds(performance.now() - built)} s; slices of ${settings.sliceSeconds} s\n`,
    );
    console.log(
      `| round | in one go: wall, entries/s | slices | one slice: median / longest wall (past its budget) | slices: sum of wall, entries/s | slices ÷ one go |`,
    );
    console.log(`|---|---|---|---|---|---|`);
    for (let round = 1; round <= settings.rounds; round++) {
      const inOneGo = async () => {
        const started = performance.now();
        const whole = await verifyAccessLog(prisma, { checkpoint });
        if (!whole.ok) throw new Error(`the walk in one go found a break: ${whole.reason}`);
        return performance.now() - started;
      };
      const inSlices = async () => {
        const walls: number[] = [];
        let cursor: WholeWalkCursor | null = null;
        do {
          const started = performance.now();
          const slice = await walkWholeLogSlice(prisma, checkpoint, cursor, {
            deadline: Date.now() + settings.sliceSeconds * 1000,
          });
          walls.push(performance.now() - started);
          if (!slice.ok) throw new Error(`a slice found a break: ${slice.reason}`);
          cursor = slice.cursor;
        } while (cursor !== null);
        return walls;
      };
      // Alternating which goes first, so neither always finds the cache the other warmed.
      let oneGo: number;
      let walls: number[];
      if (round % 2 === 1) {
        oneGo = await inOneGo();
        walls = await inSlices();
      } else {
        walls = await inSlices();
        oneGo = await inOneGo();
      }
      const sorted = [...walls].sort((a, b) => a - b);
      const sum = walls.reduce((total, wall) => total + wall, 0);
      const longest = sorted.at(-1)!;
      console.log(
        `| ${round} | ${seconds(oneGo)} s, ${perSecond(first.entries, oneGo)} | ${walls.length} | ${seconds(sorted[Math.floor(sorted.length / 2)]!)} / ${seconds(longest)} s (+${seconds(Math.max(0, longest - settings.sliceSeconds * 1000))} s) | ${seconds(sum)} s, ${perSecond(first.entries, sum)} | ×${(sum / oneGo).toFixed(2)} |`,
      );
    }
  } finally {
    await prisma.$disconnect();
    await testDb.drop();
  }
}

runBenchmark(main, usage);
