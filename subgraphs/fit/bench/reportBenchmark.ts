/**
 * Report benchmark: `npx tsx subgraphs/fit/bench/reportBenchmark.ts [measurements=1000000]`
 *
 * Generates episodes, sessions and measurements with SQL alone (generate_series, no rows through
 * Node) in a fresh PostgreSQL schema (TEST_DATABASE_URL), with derived values as the hub stores
 * them, builds the per-session report summaries with the hub's own statement (summaryStore.ts, in
 * chunks of episodes), runs ANALYZE, then times the outcome report for each dimension over a year and
 * a quarter (one warm-up, then the median of 5 runs) and the OpenFIT users report, and checks every
 * report row against the statement that read measurements (legacyOutcomeReport.ts). Method and
 * results: docs/benchmarks-fit.md.
 */
import type { Sql } from "@silta/kernel";
import { benchArguments, createTestDatabase } from "@silta/testkit";
import { fitSubgraph } from "../src";
import { fitUsers, outcomeReport, type ReportDimension } from "../src/data/reportStore";
import { BULK_TRANSACTION, createPrisma, type PrismaClient } from "../src/data/db";
import { refreshSessionSummaries } from "../src/data/summaryStore";
import { legacyFitUsers, legacyOutcomeReport } from "./legacyOutcomeReport";

const SESSIONS_PER_EPISODE = 10;

/** Two measurements (ORS + SRS) per session; ORS rises about 0.8 a session with noise, SRS wobbles around 37. */
export function generationSql(episodes: number): string {
  return `
INSERT INTO episode (id, client_id, client_birth_date, owner_professional_id, team_id, unit_id, organization_id, service, started_on, ended_on, closure)
SELECT md5('e' || g)::uuid, md5('c' || g)::uuid, date '1970-01-01' + (g % 12000), md5('p' || (g % 800))::uuid,
       md5('t' || (g % 400))::uuid, md5('u' || (g % 60))::uuid, md5('o' || (g % 6))::uuid, 'service_' || (g % 10),
       date '2025-01-01' + (g % 300),
       CASE WHEN g % 3 = 0 THEN date '2025-01-01' + (g % 300) + 70 END,
       CASE WHEN g % 3 = 0 THEN (CASE WHEN g % 9 = 0 THEN 'UNPLANNED' ELSE 'PLANNED' END)::"EpisodeClosure" END
FROM generate_series(1, ${episodes}) AS g;

INSERT INTO fit_session (id, episode_id, held_on, mode, professional_id)
SELECT md5('s' || g || '-' || k)::uuid, md5('e' || g)::uuid, date '2025-01-01' + (g % 300) + k * 7, 'FACE_TO_FACE', md5('p' || (g % 800))::uuid
FROM generate_series(1, ${episodes}) AS g, generate_series(0, ${SESSIONS_PER_EPISODE - 1}) AS k;

WITH scores AS (
  SELECT g, k, date '2025-01-01' + (g % 300) + k * 7 AS held_on,
         round(least(40, greatest(0, 14 + (g % 120) / 10.0 + k * 0.8 + (abs(hashtext(g || 'o' || k)) % 60) / 10.0 - 3))::numeric, 1) AS ors,
         round(least(40, greatest(0, 37 + (abs(hashtext(g || 's' || k)) % 60) / 10.0 - 3))::numeric, 1) AS srs
  FROM generate_series(1, ${episodes}) AS g, generate_series(0, ${SESSIONS_PER_EPISODE - 1}) AS k
), derived AS (
  SELECT *, ors - first_value(ors) OVER w AS change, lag(srs) OVER w AS previous_srs
  FROM scores WINDOW w AS (PARTITION BY g ORDER BY k)
)
INSERT INTO measurement (id, client_id, professional_id, instrument, measured_on, total, items, session_id, episode_id,
                         clinical, cutoff, change_from_intake, reliable_change, srs_alert, config_version, created_at)
SELECT md5('m' || g || '-' || k || '-' || i)::uuid, md5('c' || g)::uuid, md5('p' || (g % 800))::uuid,
       CASE WHEN i = 0 THEN 'ORS' ELSE 'SRS' END::"Instrument", held_on, CASE WHEN i = 0 THEN ors ELSE srs END, '{}',
       md5('s' || g || '-' || k)::uuid, md5('e' || g)::uuid,
       CASE WHEN i = 0 THEN ors < 25 END, CASE WHEN i = 0 THEN 25 ELSE 36 END,
       CASE WHEN i = 0 AND k > 0 THEN change END,
       CASE WHEN i = 0 AND k > 0 THEN (CASE WHEN change >= 5 THEN 'IMPROVED' WHEN change <= -5 THEN 'DETERIORATED' ELSE 'NO_RELIABLE_CHANGE' END)::"ReliableChange" END,
       CASE WHEN i = 1 THEN srs < 36 OR coalesce(previous_srs - srs >= 1, false) END, 1,
       timestamp '2025-01-01' + (g || ' seconds')::interval + (k || ' days')::interval + (i || ' minutes')::interval
FROM derived, generate_series(0, 1) AS i;`;
}

/** The summaries as the hub writes them: refreshDerived's statement, a chunk of episodes at a time. */
async function buildSummaries(prisma: PrismaClient, episodes: number): Promise<void> {
  const ids = await prisma.episode.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const chunk = Math.max(1, Math.ceil(episodes / 10));
  for (let start = 0; start < ids.length; start += chunk) {
    const slice = ids.slice(start, start + chunk).map((row) => row.id);
    await prisma.$transaction((tx) => refreshSessionSummaries(tx, slice), BULK_TRANSACTION);
  }
}

async function timed<T>(run: () => Promise<T>): Promise<{ median: number; result: T }> {
  let result = await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: Math.round(times[2]!), result };
}

async function main(): Promise<void> {
  const [measurements] = benchArguments(
    process.argv.slice(2),
    "usage: npx tsx subgraphs/fit/bench/reportBenchmark.ts [measurements=1000000]   (docs/benchmarks-fit.md)",
    [{ name: "measurements", default: 1_000_000, min: 100, max: 100_000_000 }],
  ) as [number];
  const episodes = Math.ceil(measurements / (2 * SESSIONS_PER_EPISODE));
  const testDb = await createTestDatabase("fit_bench_report", fitSubgraph.migrationsDir);
  const prisma = createPrisma(testDb.database);
  try {
    const { sql } = testDb.database;
    let started = performance.now();
    await sql.exec(generationSql(episodes));
    const generated = (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM measurement`))[0]!.n;
    const generationSeconds = ((performance.now() - started) / 1000).toFixed(1);
    started = performance.now();
    await buildSummaries(prisma, episodes);
    const summarySeconds = ((performance.now() - started) / 1000).toFixed(1);
    await sql.exec(`ANALYZE episode; ANALYZE fit_session; ANALYZE measurement; ANALYZE fit_session_summary;`);
    const results: Record<string, unknown> = {};
    for (const [label, from, to] of [
      ["year 2025", "2025-01-01", "2025-12-31"],
      ["quarter 2025Q2", "2025-04-01", "2025-06-30"],
    ] as const) {
      for (const dimension of ["TEAM", "UNIT", "ORGANIZATION", "SERVICE"] as ReportDimension[]) {
        const { median, result } = await timed(() => outcomeReport(prisma, dimension, from, to));
        started = performance.now();
        const legacy = await legacyOutcomeReport(sql, dimension, from, to);
        const legacyMs = Math.round(performance.now() - started);
        const differing = result.filter((row, index) => JSON.stringify(row) !== JSON.stringify(legacy[index])).length;
        results[`${dimension} ${label}`] = {
          medianMs: median,
          groups: result.length,
          suppressed: result.filter((row) => row.suppressed).length,
          legacyOnceMs: legacyMs,
          identicalToLegacy: differing === 0 && legacy.length === result.length,
        };
      }
      const users = await timed(() => fitUsers(prisma, from, to));
      started = performance.now();
      const legacyUsers = await legacyFitUsers(sql, from, to);
      results[`fitUsers ${label}`] = {
        medianMs: users.median,
        rows: users.result.length,
        legacyOnceMs: Math.round(performance.now() - started),
        identicalToLegacy: JSON.stringify(users.result) === JSON.stringify(legacyUsers),
      };
    }
    const [summaries] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM fit_session_summary`);
    console.log(
      JSON.stringify(
        {
          measurements: generated,
          episodes,
          summaryRows: summaries!.n,
          generationSeconds: Number(generationSeconds),
          summarySeconds: Number(summarySeconds),
          reports: results,
        },
        null,
        2,
      ),
    );
  } finally {
    await prisma.$disconnect();
    await testDb.drop();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
