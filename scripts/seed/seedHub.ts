import type { Sql } from "@silta/kernel";
import type { SubgraphDatabases } from "../migrate";
import { subgraphs, type SubgraphName } from "../subgraphs";
import { BatchWriter } from "./batchWriter";
import { buildIndexes, dropSecondaryIndexes, type DeferredIndex } from "./deferredIndexes";
import { generateCounty, type CountyOptions } from "./generateCounty";
import { tables, type TableName } from "./tables";
import {
  BULK_TRANSACTION,
  createFitPrisma,
  currentConfiguration,
  refreshSessionSummariesInRange,
  type FitPrismaClient,
} from "@silta/fit";

/** Episodes per summary statement: one set-based INSERT … SELECT each, bounded whatever the county's size. */
const SUMMARY_CHUNK = 10_000;

/**
 * Summary statements run side by side, each lane in a transaction on a connection of its own (the
 * fit pool's two): each statement keeps one core busy, and the phase took 29–31 s on one lane on a
 * slower machine of two cores.
 */
const SUMMARY_LANES = 2;

/** One phase of the seed, as the caller shows it (`startProgress` in `npm run seed`). */
export interface SeedPhase {
  update(done: number): void;
  finish(done?: number): void;
}

/** Starts the report of a phase: what is done, what is counted, how many there will be. */
export type StartSeedPhase = (label: string, unit: string, total: number) => SeedPhase;

const quiet: StartSeedPhase = () => ({ update: () => undefined, finish: () => undefined });

/**
 * Writes a generated county into an empty hub, each subgraph's rows in one transaction on its own
 * schema, so a failure leaves the tables as empty as they were. The FIT report summaries follow in
 * transactions of their own on fit's Prisma client (ADR 0015), once the rows are committed: should
 * that phase fail, the rows stay and `deriveAllFitValues` writes the summaries again. Returns the
 * rows written per table.
 *
 * Phases: generating and writing the rows into tables without their secondary indexes (FIT
 * measurements already carry the values the hub derives, computed by the fit subgraph's scoring per
 * episode in memory), building those indexes, the report summaries (set-based SQL, the statement the
 * fit subgraph runs after any import), and fresh statistics.
 */
export async function seedHub(
  databases: SubgraphDatabases,
  options: CountyOptions,
  startPhase: StartSeedPhase = quiet,
  summaryChunk = SUMMARY_CHUNK,
): Promise<Record<TableName, number>> {
  await refuseUnlessEmpty(databases);
  const fit = createFitPrisma(databases.fit);
  try {
    return await seedCounty(databases, fit, options, startPhase, summaryChunk);
  } finally {
    await fit.$disconnect();
  }
}

async function seedCounty(
  databases: SubgraphDatabases,
  fit: FitPrismaClient,
  options: CountyOptions,
  startPhase: StartSeedPhase,
  summaryChunk: number,
): Promise<Record<TableName, number>> {
  const fitConfiguration = await currentConfiguration(fit);
  const counts = await inTransactions(databases, async (sql) => {
    const deferred = await Promise.all(
      subgraphs.map(async ({ name }) => [name, await dropSecondaryIndexes(sql[name], tableNamesOf(name))] as const),
    );
    const writer = new BatchWriter(sql);
    const writing = startPhase("generating and writing the county", "clients", options.clients);
    let reported = 0;
    const step = Math.max(1, Math.ceil(options.clients / 100));
    for (const _ of generateCounty({ ...options, fitConfiguration }, writer)) {
      await writer.flushFull();
      if (writer.counts.client - reported >= step) {
        reported = writer.counts.client;
        writing.update(reported);
      }
    }
    await writer.finish();
    writing.finish(writer.counts.client);
    await rebuildIndexes(sql, deferred, startPhase);
    return writer.counts;
  });
  await writeSessionSummaries(fit, counts.episode, startPhase, summaryChunk);
  // Fresh statistics, so the first queries and benchmarks on the new data get sensible plans.
  const analyzing = startPhase("analyzing the tables", "subgraphs", subgraphs.length);
  let analyzed = 0;
  await Promise.all(
    subgraphs.map(async ({ name }) => {
      const names = tableNamesOf(name);
      if (name === "fit") names.push("fit_session_summary");
      await databases[name].sql.exec([...new Set(names)].map((table) => `ANALYZE "${table}";`).join("\n"));
      analyzing.update((analyzed += 1));
    }),
  );
  analyzing.finish();
  return counts;
}

function tableNamesOf(subgraph: SubgraphName): string[] {
  return Object.values(tables)
    .filter((table) => table.subgraph === subgraph)
    .map((table) => table.name);
}

/** The secondary indexes taken off for the load, built again over the loaded rows, the subgraphs side by side. */
async function rebuildIndexes(
  sql: Record<SubgraphName, Sql>,
  deferred: readonly (readonly [SubgraphName, DeferredIndex[]])[],
  startPhase: StartSeedPhase,
): Promise<void> {
  const phase = startPhase(
    "building indexes",
    "indexes",
    deferred.reduce((sum, [, indexes]) => sum + indexes.length, 0),
  );
  let built = 0;
  await Promise.all(
    deferred.map(async ([name, indexes]) => {
      await buildIndexes(sql[name], indexes);
      phase.update((built += indexes.length));
    }),
  );
  phase.finish();
}

/**
 * The report summaries (`fit_session_summary`) of every episode, by the fit subgraph's own statement,
 * as after any import, so seeded data shows in reports exactly as recorded data would.
 */
async function writeSessionSummaries(
  fit: FitPrismaClient,
  episodeCount: number,
  startPhase: StartSeedPhase,
  summaryChunk: number,
): Promise<void> {
  const phase = startPhase("writing FIT report summaries", "episodes", episodeCount);
  // The statement reads the episodes' sessions and measurements by episode: fresh statistics first,
  // or the planner, which has seen empty tables, walks them whole for every chunk.
  await fit.$executeRaw`ANALYZE fit_session`;
  await fit.$executeRaw`ANALYZE measurement`;
  const episodes = (await fit.episode.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  const chunks: string[][] = [];
  for (let start = 0; start < episodes.length; start += summaryChunk) chunks.push(episodes.slice(start, start + summaryChunk));
  let written = 0;
  const lane = (index: number) =>
    fit.$transaction(async (tx) => {
      // Each chunk sorts and joins some 100,000 rows: memory to do it without disk, and no JIT, which the
      // planner's overestimate of the join turns on and which took a third of each statement (2.5 s of 7).
      await tx.$executeRaw`SET LOCAL work_mem = '128MB'`;
      await tx.$executeRaw`SET LOCAL jit = off`;
      for (let next = index; next < chunks.length; next += SUMMARY_LANES) {
        const chunk = chunks[next]!;
        await refreshSessionSummariesInRange(tx, chunk[0]!, chunk[chunk.length - 1]!);
        phase.update((written += chunk.length));
      }
    }, BULK_TRANSACTION);
  // Both lanes end before the phase does, a failed one or not: the client is closed after it.
  const lanes = await Promise.allSettled(Array.from({ length: SUMMARY_LANES }, (_, index) => lane(index)));
  for (const ended of lanes) if (ended.status === "rejected") throw ended.reason;
  phase.finish(episodes.length);
}

/** Generated data goes into empty tables only: it must never mix with anyone's real (or hand-made) rows. */
async function refuseUnlessEmpty(databases: SubgraphDatabases): Promise<void> {
  const taken: string[] = [];
  for (const table of Object.values(tables)) {
    const [row] = await databases[table.subgraph].sql.query<{ taken: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM "${table.name}") AS taken`,
    );
    if (row?.taken) taken.push(`${table.subgraph}.${table.name}`);
  }
  if (taken.length > 0) {
    throw new Error(
      `The seed fills an empty hub only, and these tables already have rows: ${taken.join(", ")}. ` +
        `Use a new database, or drop the subgraph schemas first (DROP SCHEMA ${subgraphs.map(({ name }) => name).join(", ")} CASCADE).`,
    );
  }
}

/**
 * One open transaction per subgraph: when `work` fails, all roll back. (They commit one after the
 * other, so a COMMIT that itself fails leaves the ones before it committed; rare enough for a seed.)
 */
async function inTransactions<T>(databases: SubgraphDatabases, work: (sql: Record<SubgraphName, Sql>) => Promise<T>): Promise<T> {
  const open = (index: number, opened: Partial<Record<SubgraphName, Sql>>): Promise<T> => {
    const next = subgraphs[index];
    if (!next) return work(opened as Record<SubgraphName, Sql>);
    return databases[next.name].sql.transaction((sql) => open(index + 1, { ...opened, [next.name]: sql }));
  };
  return open(0, {});
}
