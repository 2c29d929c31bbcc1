import { Prisma, REQUEST_TRANSACTION, type FitDb, type PrismaClient } from "./db";

export type ReportDimension = "TEAM" | "UNIT" | "ORGANIZATION" | "SERVICE";

/** Smallest group whose figures are shown: fewer measured clients than this and every figure is null. */
export const MIN_GROUP_CLIENTS = 5;

export interface OutcomeReportRow {
  groupKey: string | null;
  suppressed: boolean;
  clientsMeasured: number | null;
  episodesMeasured: number | null;
  sessions: number | null;
  sessionsWithMeasures: number | null;
  sessionsWithoutMeasures: number | null;
  averageIntakeOrs: number | null;
  averageLatestOrs: number | null;
  averageIntakeSrs: number | null;
  averageLatestSrs: number | null;
  shareReliablyImproved: number | null;
  shareReliablyDeteriorated: number | null;
  shareRecovered: number | null;
  shareDropout: number | null;
  shareSessionsWithSrsAlert: number | null;
}

/** The grouping column of each dimension, chosen from constants (never caller text). */
export const groupColumn: Record<ReportDimension, Prisma.Sql> = {
  TEAM: Prisma.sql`e.team_id::text`,
  UNIT: Prisma.sql`e.unit_id::text`,
  ORGANIZATION: Prisma.sql`e.organization_id::text`,
  SERVICE: Prisma.sql`e.service`,
};

/**
 * The outcome report in one statement: every figure is aggregated in PostgreSQL and only one row
 * per group leaves the database. Intake is an episode's first client-rated score (even before the
 * period); latest is its last one within the period. Small groups are suppressed in SQL too, so
 * their figures never reach Node. It reads the per-session summaries, one narrow row per session of
 * the period, not the measurements (docs/benchmarks-fit.md).
 */
export function outcomeReport(
  prisma: PrismaClient,
  dimension: ReportDimension,
  from: string,
  to: string,
): Promise<OutcomeReportRow[]> {
  // A report sorts and hashes hundreds of thousands of rows: give this one transaction the memory to do it without disk.
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
    // The planner overestimates the session join by orders of magnitude, which turns on JIT compilation:
    // it costs about 0.6 s per report and saves nothing on plain hash aggregates (docs/benchmarks-fit.md).
    await tx.$executeRaw`SET LOCAL jit = off`;
    return tx.$queryRaw<OutcomeReportRow[]>(outcomeReportSql(groupColumn[dimension], from, to));
  }, REQUEST_TRANSACTION);
}

/**
 * Group keys are equal, a missing key (no team) included. Written as an equality plus a null check rather
 * than IS NOT DISTINCT FROM, which PostgreSQL can only join by nested loop (400 teams: 400 × 400 comparisons).
 */
const sameGroup = {
  bl: Prisma.sql`coalesce(bl.group_key, '') = coalesce(g.group_key, '') AND (bl.group_key IS NULL) = (g.group_key IS NULL)`,
  bc: Prisma.sql`coalesce(bc.group_key, '') = coalesce(g.group_key, '') AND (bc.group_key IS NULL) = (g.group_key IS NULL)`,
};

/** The report's statement for a grouping column (`groupColumn`) and a period; its `.text` and `.values` for EXPLAIN. */
export function outcomeReportSql(group: Prisma.Sql, from: string, to: string): Prisma.Sql {
  // Everything comes from the per-session summaries (summaryStore.ts), never from measurements. The
  // summaries are first reduced to one row per episode (no join), and only then joined to the episodes.
  return Prisma.sql`WITH counts AS (
       -- Counting only (no join, integer aggregates): the cheapest pass over every session of the period.
       SELECT ss.episode_id, count(*) AS sessions, count(*) FILTER (WHERE ss.measured) AS with_measures,
              count(*) FILTER (WHERE ss.rated) AS rated, count(*) FILTER (WHERE ss.srs_alert) AS alerts
       FROM fit_session_summary ss WHERE ss.held_on BETWEEN ${from}::date AND ${to}::date
       GROUP BY ss.episode_id
     ), latest AS (
       -- One row per episode with a session in the period: its last session day within it (next_held_on after
       -- the period, or none), which carries the episode's intake and latest scores as of then. A latest score
       -- from before the period does not count.
       SELECT ss.episode_id, ss.intake_outcome AS intake_ors, coalesce(ss.intake_outcome_clinical, false) AS intake_clinical,
              CASE WHEN ss.latest_outcome_on >= ${from}::date THEN ss.latest_outcome END AS latest_ors,
              ss.latest_outcome_on >= ${from}::date AND coalesce(ss.latest_outcome_clinical, false) AS latest_clinical,
              CASE WHEN ss.latest_outcome_on >= ${from}::date THEN ss.latest_reliable_change END AS reliable_change,
              ss.latest_outcome_on >= ${from}::date AND ss.followed_up AS followed_up,
              ss.intake_rating AS intake_srs, CASE WHEN ss.latest_rating_on >= ${from}::date THEN ss.latest_rating END AS latest_srs
       FROM fit_session_summary ss
       WHERE ss.held_on BETWEEN ${from}::date AND ${to}::date AND (ss.next_held_on IS NULL OR ss.next_held_on > ${to}::date)
     ), per_episode AS (
       SELECT c.sessions, c.with_measures, c.rated, c.alerts, la.* FROM counts c JOIN latest la ON la.episode_id = c.episode_id
     ), by_latest AS (
       SELECT ${group} AS group_key,
              sum(pe.sessions) AS sessions, sum(pe.with_measures) AS with_measures, sum(pe.rated) AS rated, sum(pe.alerts) AS alerts,
              count(DISTINCT e.client_id) FILTER (WHERE pe.latest_ors IS NOT NULL OR pe.latest_srs IS NOT NULL) AS clients_measured,
              count(*) FILTER (WHERE pe.latest_ors IS NOT NULL OR pe.latest_srs IS NOT NULL) AS episodes_measured,
              avg(pe.intake_ors) FILTER (WHERE pe.latest_ors IS NOT NULL) AS average_intake_ors,
              avg(pe.latest_ors) AS average_latest_ors,
              avg(pe.intake_srs) FILTER (WHERE pe.latest_srs IS NOT NULL) AS average_intake_srs,
              avg(pe.latest_srs) AS average_latest_srs,
              count(pe.reliable_change) AS followed,
              count(*) FILTER (WHERE pe.reliable_change = 'IMPROVED') AS improved,
              count(*) FILTER (WHERE pe.reliable_change = 'DETERIORATED') AS deteriorated,
              count(*) FILTER (WHERE pe.intake_clinical AND pe.followed_up) AS clinical_followed,
              count(*) FILTER (WHERE pe.intake_clinical AND pe.followed_up AND NOT pe.latest_clinical) AS recovered
       FROM per_episode pe JOIN episode e ON e.id = pe.episode_id
       GROUP BY 1
     ), by_closure AS (
       SELECT ${group} AS group_key, count(*) AS closed, count(*) FILTER (WHERE e.closure = 'UNPLANNED') AS dropouts
       FROM episode e WHERE e.ended_on BETWEEN ${from}::date AND ${to}::date
       GROUP BY 1
     ), report_groups AS (
       -- A group appears when it has an episode with a session in the period or an episode closed in it.
       SELECT group_key FROM by_latest UNION SELECT group_key FROM by_closure
     ), by_episode AS (
       SELECT g.group_key, coalesce(bl.sessions, 0) AS sessions, coalesce(bl.with_measures, 0) AS with_measures,
              bl.rated, bl.alerts, coalesce(bl.clients_measured, 0) AS clients_measured,
              coalesce(bl.episodes_measured, 0) AS episodes_measured, bl.average_intake_ors, bl.average_latest_ors,
              bl.average_intake_srs, bl.average_latest_srs, coalesce(bl.followed, 0) AS followed,
              coalesce(bl.improved, 0) AS improved, coalesce(bl.deteriorated, 0) AS deteriorated,
              coalesce(bl.clinical_followed, 0) AS clinical_followed, coalesce(bl.recovered, 0) AS recovered,
              coalesce(bc.closed, 0) AS closed, coalesce(bc.dropouts, 0) AS dropouts
       FROM report_groups g
       LEFT JOIN by_latest bl ON ${sameGroup.bl}
       LEFT JOIN by_closure bc ON ${sameGroup.bc}
     )
     SELECT be.group_key AS "groupKey", shown IS NOT TRUE AS suppressed,
            CASE WHEN shown THEN be.clients_measured::int END AS "clientsMeasured",
            CASE WHEN shown THEN be.episodes_measured::int END AS "episodesMeasured",
            CASE WHEN shown THEN be.sessions::int END AS sessions,
            CASE WHEN shown THEN be.with_measures::int END AS "sessionsWithMeasures",
            CASE WHEN shown THEN (be.sessions - be.with_measures)::int END AS "sessionsWithoutMeasures",
            CASE WHEN shown THEN round(be.average_intake_ors, 2)::float8 END AS "averageIntakeOrs",
            CASE WHEN shown THEN round(be.average_latest_ors, 2)::float8 END AS "averageLatestOrs",
            CASE WHEN shown THEN round(be.average_intake_srs, 2)::float8 END AS "averageIntakeSrs",
            CASE WHEN shown THEN round(be.average_latest_srs, 2)::float8 END AS "averageLatestSrs",
            CASE WHEN shown THEN round(be.improved::numeric / nullif(be.followed, 0), 4)::float8 END AS "shareReliablyImproved",
            CASE WHEN shown THEN round(be.deteriorated::numeric / nullif(be.followed, 0), 4)::float8 END AS "shareReliablyDeteriorated",
            CASE WHEN shown THEN round(be.recovered::numeric / nullif(be.clinical_followed, 0), 4)::float8 END AS "shareRecovered",
            CASE WHEN shown THEN round(be.dropouts::numeric / nullif(be.closed, 0), 4)::float8 END AS "shareDropout",
            CASE WHEN shown THEN round(be.alerts::numeric / nullif(be.rated, 0), 4)::float8 END AS "shareSessionsWithSrsAlert"
     FROM by_episode be
     CROSS JOIN LATERAL (SELECT be.clients_measured >= ${MIN_GROUP_CLIENTS} AS shown) AS visibility
     ORDER BY be.group_key NULLS LAST`;
}

export interface UsersRow {
  unitId: string | null;
  month: string;
  users: number;
}

/**
 * OpenFIT users: distinct professionals who recorded a score, per episode unit and month. From the
 * session summaries (a session's measures are recorded by its professional), half the rows of the
 * measurements and narrower.
 */
export function fitUsers(db: FitDb, from: string, to: string): Promise<UsersRow[]> {
  return db.$queryRaw<UsersRow[]>(
    // Distinct (unit, month, professional) first: a hash aggregate, where count(DISTINCT …) would sort
    // every measured session of the period; the month is formatted once per group, not per session.
    Prisma.sql`SELECT unit_id AS "unitId", to_char(month, 'YYYY-MM') AS month, count(*)::int AS users
     FROM (
       SELECT DISTINCT e.unit_id, date_trunc('month', ss.held_on) AS month, ss.professional_id
       FROM fit_session_summary ss JOIN episode e ON e.id = ss.episode_id
       WHERE ss.held_on BETWEEN ${from}::date AND ${to}::date AND ss.measured
     ) used
     GROUP BY unit_id, month ORDER BY unit_id NULLS LAST, month`,
  );
}
