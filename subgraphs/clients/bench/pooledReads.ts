/**
 * The clients' two everyday reads of varying text, name search and a deadline list's window, on
 * Prisma's raw path and over the pool (`readPooled`, ADR 0015), side by side in one process: blocks
 * of calls of each in turn, the order alternating, CPU of this process (`process.cpuUsage`) and wall
 * time per call. Reads a seeded county (`npm run seed`) at DATABASE_URL; writes nothing.
 *
 *   DATABASE_URL=postgres://… npx tsx subgraphs/clients/bench/pooledReads.ts [--calls 1000] [--rounds 4]
 */
import { openPostgres, type LocalDate } from "@silta/kernel";
import { optionsOf, runBenchmark, UsageError, wholeNumber } from "@silta/testkit";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { searchClients } from "../src/data/clientSearch";
import { concernWindowWithDeadline } from "../src/data/concernStore";

const usage = `Usage: DATABASE_URL=postgres://… npx tsx subgraphs/clients/bench/pooledReads.ts [--calls 1000] [--rounds 4]
  --calls   calls per block (default 1000)
  --rounds  rounds of one block each way, the order alternating (default 4)
Reads a county seeded by npm run seed (docs/benchmarks.md, "Fourteenth sitting").`;

function readArguments(): { calls: number; rounds: number; databaseUrl: string } | undefined {
  const values = optionsOf(process.argv.slice(2), {
    calls: { type: "string", default: "1000" },
    rounds: { type: "string", default: "4" },
    help: { type: "boolean" },
  });
  if (values.help) {
    console.log(usage);
    return undefined;
  }
  const calls = wholeNumber("calls", values.calls, 1, 100_000);
  const rounds = wholeNumber("rounds", values.rounds, 1, 100);
  const databaseUrl = process.env["DATABASE_URL"];
  if (!databaseUrl) throw new UsageError("DATABASE_URL must name the seeded county's database");
  return { calls, rounds, databaseUrl };
}

/** A client built over the same pool but not registered for it: its reads take Prisma's raw path. */
function rawPathOf(prisma: PrismaClient): PrismaClient {
  return { $queryRaw: prisma.$queryRaw.bind(prisma) } as unknown as PrismaClient;
}

interface Block {
  cpuMs: number;
  wallMs: number;
}

async function block(calls: number, read: () => Promise<unknown>): Promise<Block> {
  for (let call = 0; call < Math.min(30, calls); call += 1) await read();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let call = 0; call < calls; call += 1) await read();
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000 / calls, wallMs: (performance.now() - started) / calls };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

async function main(): Promise<void> {
  const settings = readArguments();
  if (!settings) return;
  const database = await openPostgres({ url: settings.databaseUrl, schema: "clients", poolSize: 2 });
  const prisma = createPrisma(database);
  try {
    // The most common start of a last name, and the organisation with the most open concerns: real sizes.
    const [prefix] = await database.sql.query<{ word: string }>(
      `SELECT left(last_name_key, 4) AS word FROM client GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const [unit] = await database.sql.query<{ id: string }>(
      `SELECT organization_id::text AS id FROM concern WHERE status = 'RAISED' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const today = new Date().toISOString().slice(0, 10) as LocalDate;
    const criteria = { nameWords: [prefix?.word ?? "virt"], birthDate: null, identityCodeHash: null };
    const scope = { responsibleProfessionalId: null, teamId: null, organizationId: unit?.id ?? null };
    const reads = [
      {
        name: `name search "${criteria.nameWords[0]}", 60 matches at most`,
        rows: async (client: PrismaClient) => (await searchClients(client, criteria, null, 60)).length,
      },
      {
        name: "overdue window of the unit with the most open concerns, 60 at most",
        rows: async (client: PrismaClient) => (await concernWindowWithDeadline(client, scope, { lt: today }, 60)).length,
      },
    ];
    const rawPath = rawPathOf(prisma);
    console.log(
      `Pooled reads against Prisma's raw path: ${settings.calls} calls a block, ${settings.rounds} rounds, the order alternating`,
    );
    for (const read of reads) {
      const rows = [await read.rows(rawPath), await read.rows(prisma)];
      if (rows[0] !== rows[1]) throw new Error(`${read.name}: ${rows[0]} rows on the raw path, ${rows[1]} over the pool`);
      console.log(`${read.name} (${rows[1]} rows)`);
      const ratios: number[] = [];
      for (let round = 1; round <= settings.rounds; round += 1) {
        const onRawPath = () => block(settings.calls, () => read.rows(rawPath));
        const overPool = () => block(settings.calls, () => read.rows(prisma));
        const rawFirst = round % 2 === 1;
        const first = await (rawFirst ? onRawPath : overPool)();
        const second = await (rawFirst ? overPool : onRawPath)();
        const [raw, pooled] = rawFirst ? [first, second] : [second, first];
        ratios.push(raw.cpuMs / pooled.cpuMs);
        console.log(
          `  round ${round}: raw path ${raw.cpuMs.toFixed(3)} ms CPU, ${raw.wallMs.toFixed(3)} ms wall; pool ${pooled.cpuMs.toFixed(3)} ms CPU, ${pooled.wallMs.toFixed(3)} ms wall; raw ÷ pool ×${ratios.at(-1)!.toFixed(2)}`,
        );
      }
      console.log(
        `  CPU per call, raw path ÷ pool: median of rounds ×${median(ratios).toFixed(2)} (×${Math.min(...ratios).toFixed(2)}–×${Math.max(...ratios).toFixed(2)})`,
      );
    }
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

runBenchmark(main, usage);
