import type { Sql } from "@silta/kernel";

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

// Whitelisted: the dimension is an enum, never caller text, so it may be spliced into the SQL.
const groupColumn: Record<ReportDimension, string> = {
  TEAM: "e.team_id::text",
  UNIT: "e.unit_id::text",
  ORGANIZATION: "e.organization_id::text",
  SERVICE: "e.service",
};

/**
 * The outcome report in one statement: every figure is aggregated in PostgreSQL and only one row
 * per group leaves the database. Intake is an episode's first client-rated score (even before the
 * period); latest is its last one within the period. Small groups are suppressed in SQL too, so
 * their figures never reach Node. It reads the per-session summaries, one narrow row per session of
 * the period, not the measurements (docs/benchmarks-fit.md).
 */
export function outcomeReport(sql: Sql, dimension: ReportDimension, from: string, to: string): Promise<OutcomeReportRow[]> {
  // A report sorts and hashes hundreds of thousands of rows: give this one transaction the memory to do it without disk.
  return sql.transaction(async (tx) => {
    await tx.query(`SET LOCAL work_mem = '64MB'`);
    // The planner overestimates the session join by orders of magnitude, which turns on JIT compilation:
    // it costs about 0.6 s per report and saves nothing on plain hash aggregates (docs/benchmarks-fit.md).
    await tx.query(`SET LOCAL jit = off`);
    return tx.query<OutcomeReportRow>(outcomeReportSql(groupColumn[dimension]), [from, to]);
  });
}

/**
 * Group keys are equal, a missing key (no team) included. Written as an equality plus a null check rather
 * than IS NOT DISTINCT FROM, which PostgreSQL can only join by nested loop (400 teams: 400 × 400 comparisons).
 */
const sameGroup = (a: string, b: string) =>
  `coalesce(${a}.group_key, '') = coalesce(${b}.group_key, '') AND (${a}.group_key IS NULL) = (${b}.group_key IS NULL)`;

function outcomeReportSql(group: string): string {
  // Everything comes from the per-session summaries (summaryStore.ts), never from measurements.
  // NOT MATERIALIZED: both readers re-join summaries to episodes, which lets PostgreSQL scan with parallel workers.
  return `WITH period_sessions AS NOT MATERIALIZED (
       SELECT ss.*, e.client_id, ${group} AS group_key
       FROM fit_session_summary ss JOIN episode e ON e.id = ss.episode_id
       WHERE ss.held_on BETWEEN $1::date AND $2::date
     ), by_session AS (
       SELECT group_key, count(*) AS sessions, count(*) FILTER (WHERE measured) AS with_measures,
              count(*) FILTER (WHERE rated) AS rated, count(*) FILTER (WHERE srs_alert) AS alerts
       FROM period_sessions GROUP BY group_key
     ), latest AS (
       -- One row per episode with a session in the period: its last session day within it, which carries the
       -- episode's intake and latest scores as of then. A latest score from before the period does not count.
       SELECT client_id, group_key, intake_outcome AS intake_ors, coalesce(intake_outcome_clinical, false) AS intake_clinical,
              CASE WHEN latest_outcome_on >= $1::date THEN latest_outcome END AS latest_ors,
              latest_outcome_on >= $1::date AND coalesce(latest_outcome_clinical, false) AS latest_clinical,
              CASE WHEN latest_outcome_on >= $1::date THEN latest_reliable_change END AS reliable_change,
              latest_outcome_on >= $1::date AND followed_up AS followed_up,
              intake_rating AS intake_srs, CASE WHEN latest_rating_on >= $1::date THEN latest_rating END AS latest_srs
       FROM period_sessions WHERE next_held_on IS NULL OR next_held_on > $2::date
     ), by_latest AS (
       SELECT group_key,
              count(DISTINCT client_id) FILTER (WHERE latest_ors IS NOT NULL OR latest_srs IS NOT NULL) AS clients_measured,
              count(*) FILTER (WHERE latest_ors IS NOT NULL OR latest_srs IS NOT NULL) AS episodes_measured,
              avg(intake_ors) FILTER (WHERE latest_ors IS NOT NULL) AS average_intake_ors,
              avg(latest_ors) AS average_latest_ors,
              avg(intake_srs) FILTER (WHERE latest_srs IS NOT NULL) AS average_intake_srs,
              avg(latest_srs) AS average_latest_srs,
              count(reliable_change) AS followed,
              count(*) FILTER (WHERE reliable_change = 'IMPROVED') AS improved,
              count(*) FILTER (WHERE reliable_change = 'DETERIORATED') AS deteriorated,
              count(*) FILTER (WHERE intake_clinical AND followed_up) AS clinical_followed,
              count(*) FILTER (WHERE intake_clinical AND followed_up AND NOT latest_clinical) AS recovered
       FROM latest GROUP BY group_key
     ), by_closure AS (
       SELECT ${group} AS group_key, count(*) AS closed, count(*) FILTER (WHERE e.closure = 'UNPLANNED') AS dropouts
       FROM episode e WHERE e.ended_on BETWEEN $1::date AND $2::date
       GROUP BY 1
     ), report_groups AS (
       -- A group appears when it has an episode with a session in the period or an episode closed in it.
       SELECT group_key FROM by_latest UNION SELECT group_key FROM by_closure
     ), by_episode AS (
       SELECT g.group_key, coalesce(bl.clients_measured, 0) AS clients_measured,
              coalesce(bl.episodes_measured, 0) AS episodes_measured, bl.average_intake_ors, bl.average_latest_ors,
              bl.average_intake_srs, bl.average_latest_srs, coalesce(bl.followed, 0) AS followed,
              coalesce(bl.improved, 0) AS improved, coalesce(bl.deteriorated, 0) AS deteriorated,
              coalesce(bl.clinical_followed, 0) AS clinical_followed, coalesce(bl.recovered, 0) AS recovered,
              coalesce(bc.closed, 0) AS closed, coalesce(bc.dropouts, 0) AS dropouts
       FROM report_groups g
       LEFT JOIN by_latest bl ON ${sameGroup("bl", "g")}
       LEFT JOIN by_closure bc ON ${sameGroup("bc", "g")}
     )
     SELECT be.group_key AS "groupKey", shown IS NOT TRUE AS suppressed,
            CASE WHEN shown THEN be.clients_measured::int END AS "clientsMeasured",
            CASE WHEN shown THEN be.episodes_measured::int END AS "episodesMeasured",
            CASE WHEN shown THEN coalesce(bs.sessions, 0)::int END AS sessions,
            CASE WHEN shown THEN coalesce(bs.with_measures, 0)::int END AS "sessionsWithMeasures",
            CASE WHEN shown THEN coalesce(bs.sessions - bs.with_measures, 0)::int END AS "sessionsWithoutMeasures",
            CASE WHEN shown THEN round(be.average_intake_ors, 2)::float8 END AS "averageIntakeOrs",
            CASE WHEN shown THEN round(be.average_latest_ors, 2)::float8 END AS "averageLatestOrs",
            CASE WHEN shown THEN round(be.average_intake_srs, 2)::float8 END AS "averageIntakeSrs",
            CASE WHEN shown THEN round(be.average_latest_srs, 2)::float8 END AS "averageLatestSrs",
            CASE WHEN shown THEN round(be.improved::numeric / nullif(be.followed, 0), 4)::float8 END AS "shareReliablyImproved",
            CASE WHEN shown THEN round(be.deteriorated::numeric / nullif(be.followed, 0), 4)::float8 END AS "shareReliablyDeteriorated",
            CASE WHEN shown THEN round(be.recovered::numeric / nullif(be.clinical_followed, 0), 4)::float8 END AS "shareRecovered",
            CASE WHEN shown THEN round(be.dropouts::numeric / nullif(be.closed, 0), 4)::float8 END AS "shareDropout",
            CASE WHEN shown THEN round(bs.alerts::numeric / nullif(bs.rated, 0), 4)::float8 END AS "shareSessionsWithSrsAlert"
     FROM by_episode be
     LEFT JOIN by_session bs ON ${sameGroup("bs", "be")}
     CROSS JOIN LATERAL (SELECT be.clients_measured >= ${MIN_GROUP_CLIENTS} AS shown) AS visibility
     ORDER BY be.group_key NULLS LAST`;
}

export interface UsersRow {
  unitId: string | null;
  month: string;
  users: number;
}

/** OpenFIT users: distinct professionals who recorded a score, per episode unit and month. */
export function fitUsers(sql: Sql, from: string, to: string): Promise<UsersRow[]> {
  return sql.query<UsersRow>(
    `SELECT e.unit_id AS "unitId", to_char(m.measured_on, 'YYYY-MM') AS month, count(DISTINCT m.professional_id)::int AS users
     FROM measurement m JOIN episode e ON e.id = m.episode_id
     WHERE m.measured_on BETWEEN $1::date AND $2::date AND m.total IS NOT NULL
     GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2`,
    [from, to],
  );
}
