/**
 * The access log sealer's turn as the log grows old: `npx tsx subgraphs/consents/bench/sealerPartitions.ts`
 *
 * On real PostgreSQL (TEST_DATABASE_URL, as the tests use), a fresh consents schema. Times the
 * sealer's turn (`sealAccessLog`, as the consents service runs it every 500 ms): a turn after a
 * request's entries were appended (`--entries`, default 79: a caseload), and an idle turn (nothing
 * new). First with the months a new log has (this month and the next two), then with the monthly
 * partitions of `--years` (default 12, the law's retention) created. Each time two ways side by side
 * on one connection each, in alternating blocks of `--turns`:
 *
 * - `named`: the sealer as it is, its batch reads sent as named statements, which PostgreSQL plans
 *   generically once it finds that no dearer than planning for the values;
 * - `unnamed`: the same statements with their mark taken off (as they were until the eighteenth
 *   sitting), planned anew on every turn over every partition.
 *
 * Prints per case the median and p95 wall time of a turn, the sealer's PostgreSQL backend's CPU per
 * turn (/proc, when PostgreSQL runs on this machine), and unnamed ÷ named per block.
 * Method and results: docs/benchmarks.md, "Eighteenth sitting".
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { DataCategory, openPostgres, type Database, type Sql } from "@silta/kernel";
import { createTestDatabase, optionsOf, professional, runBenchmark, testDatabaseUrl, wholeNumber } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { Prisma } from "../src/data/prisma/client";
import { sealAccessLog } from "../src/access/accessLogSealer";
import { appendAccessLog, batchLogEntries } from "../src/access/accessLogStore";

const usage = `Usage: npx tsx subgraphs/consents/bench/sealerPartitions.ts [--turns 100] [--rounds 3] [--entries 79] [--years 12]
  --turns    sealer turns per block, each after an append and each idle (default 100)
  --rounds   blocks each way per case, the order alternating (default 3)
  --entries  entries appended before each turn (default 79, a caseload)
  --years    years of monthly partitions in the second case (default 12)
Runs on TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), in a schema of its own, dropped after.`;

const MARK = "/* prepared */ ";

interface Settings {
  turns: number;
  rounds: number;
  entries: number;
  years: number;
}

function readArguments(): Settings | undefined {
  const values = optionsOf(process.argv.slice(2), {
    turns: { type: "string", default: "100" },
    rounds: { type: "string", default: "3" },
    entries: { type: "string", default: "79" },
    years: { type: "string", default: "12" },
    help: { type: "boolean" },
  });
  if (values.help) {
    console.log(usage);
    return undefined;
  }
  return {
    turns: wholeNumber("turns", values.turns, 1, 10_000),
    rounds: wholeNumber("rounds", values.rounds, 1, 100),
    entries: wholeNumber("entries", values.entries, 1, 5_000),
    years: wholeNumber("years", values.years, 1, 30),
  };
}

/** A database client whose raw statements go out without the named-statement mark: every one unnamed. */
function unnamed(prisma: PrismaClient): PrismaClient {
  const unmark = <T extends object>(client: T): T =>
    new Proxy(client, {
      get(target, property, receiver) {
        if (property === "$queryRaw" || property === "$executeRaw") {
          const run = Reflect.get(target, property, receiver) as (sql: Prisma.Sql) => Promise<unknown>;
          return (first: Prisma.Sql | TemplateStringsArray, ...values: unknown[]) => {
            const statement = first instanceof Prisma.Sql ? first : Prisma.sql(first, ...values);
            const strings = [...statement.strings];
            if (strings[0]?.startsWith(MARK)) strings[0] = strings[0].slice(MARK.length);
            return run.call(target, new Prisma.Sql(strings, statement.values));
          };
        }
        if (property === "$transaction") {
          return (work: (tx: Prisma.TransactionClient) => Promise<unknown>, options?: object) =>
            prisma.$transaction((tx) => work(unmark(tx)), options);
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  return unmark(prisma);
}

/** CPU milliseconds so far of a PostgreSQL backend on this machine, or undefined when it runs elsewhere. */
function backendCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the command in parentheses): user and system time in ticks of 1/100 s.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

interface Side {
  name: "named" | "unnamed";
  prisma: PrismaClient;
  backend: number | undefined;
}

interface Block {
  walls: number[];
  cpuMs: number | undefined;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

async function main(): Promise<void> {
  const settings = readArguments();
  if (!settings) return;
  const testDb = await createTestDatabase("bench_sealer", consentsSubgraph.migrationsDir);
  const connections: Database[] = [];
  try {
    const sides: Side[] = [];
    for (const name of ["named", "unnamed"] as const) {
      // One connection each, so that a named side's statements stay prepared on the one it uses.
      const database = await openPostgres({ url: testDatabaseUrl(), schema: testDb.database.schema, poolSize: 1 });
      connections.push(database);
      const prisma = createPrisma(database);
      const [row] = await prisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      sides.push({ name, prisma: name === "named" ? prisma : unnamed(prisma), backend: row?.pid });
    }
    const viewer = professional(randomUUID(), { id: randomUUID() });
    const append = async (sql: Sql) => {
      const clients = Array.from({ length: settings.entries }, () => randomUUID());
      const requests = clients.map((clientId) => ({ clientId, category: DataCategory.Basic, action: "read" as const }));
      const decisions = requests.map(() => ({ allowed: true, basis: "responsible_worker" }));
      await appendAccessLog(
        sql,
        batchLogEntries(viewer, requests, decisions, { requestId: randomUUID(), source: "clients" }, new Date().toISOString()),
      );
    };
    /** `turns` turns of one kind on one side: wall per turn, and its backend's CPU per turn. */
    const block = async (side: Side, kind: "after an append" | "idle"): Promise<Block> => {
      const walls: number[] = [];
      const cpuBefore = backendCpuMs(side.backend);
      for (let turn = 0; turn < settings.turns; turn++) {
        if (kind === "after an append") await append(testDb.database.sql);
        const started = performance.now();
        const seal = await sealAccessLog(side.prisma, { wait: true });
        walls.push(performance.now() - started);
        if ((seal?.entries ?? 0) !== (kind === "idle" ? 0 : settings.entries))
          throw new Error(`A turn ${kind} sealed ${seal?.entries ?? 0} entries`);
      }
      const cpuAfter = backendCpuMs(side.backend);
      return {
        walls,
        cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / settings.turns,
      };
    };
    const partitions = async () =>
      (
        await testDb.database.sql.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM pg_inherits WHERE inhparent = 'access_log'::regclass`,
        )
      )[0]!.count;

    console.log(
      `Access log sealer's turn: ${settings.turns} turns a block, ${settings.rounds} blocks each way, ${settings.entries} entries appended before each busy turn\n`,
    );
    const years = `${settings.years} ${settings.years === 1 ? "year" : "years"} of months`;
    for (const phase of ["a new log", years]) {
      if (phase !== "a new log") {
        await testDb.database.sql.exec(
          `SELECT access_log_ensure_partitions(now() - make_interval(months => 3 * k)) FROM generate_series(1, ${settings.years * 4}) AS k`,
        );
      }
      const count = await partitions();
      console.log(`## ${phase}: ${count} partitions of access_log (the default one included)\n`);
      console.log(
        `| turn | named: median / p95 | unnamed: median / p95 | backend CPU per turn, named / unnamed | unnamed ÷ named, median wall per block |`,
      );
      console.log(`|---|---|---|---|---|`);
      for (const kind of ["after an append", "idle"] as const) {
        // Warm both: the named side's first plans (PostgreSQL plans a named statement for its values five times before it weighs a generic plan).
        for (const side of sides)
          for (let turn = 0; turn < 8; turn++)
            await append(testDb.database.sql).then(() => sealAccessLog(side.prisma, { wait: true }));
        const results = { named: [] as Block[], unnamed: [] as Block[] };
        for (let round = 0; round < settings.rounds; round++) {
          const order = round % 2 === 0 ? sides : [...sides].reverse();
          for (const side of order) results[side.name].push(await block(side, kind));
        }
        const all = (name: "named" | "unnamed") => results[name].flatMap((block) => block.walls);
        const cpu = (name: "named" | "unnamed") => {
          const known = results[name].map((block) => block.cpuMs).filter((value) => value !== undefined);
          return known.length === results[name].length ? ms(known.reduce((sum, value) => sum + value, 0) / known.length) : "–";
        };
        const ratios = results.named.map(
          (named, round) => quantile(results.unnamed[round]!.walls, 0.5) / quantile(named.walls, 0.5),
        );
        console.log(
          `| ${kind} | ${ms(quantile(all("named"), 0.5))} / ${ms(quantile(all("named"), 0.95))} ms | ${ms(quantile(all("unnamed"), 0.5))} / ${ms(quantile(all("unnamed"), 0.95))} ms | ${cpu("named")} / ${cpu("unnamed")} ms | ${ratios.map((ratio) => `×${ratio.toFixed(2)}`).join(", ")} |`,
        );
      }
      console.log("");
    }
  } finally {
    for (const database of connections) await database.close();
    await testDb.drop();
  }
}

runBenchmark(main, usage);
