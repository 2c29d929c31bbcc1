/**
 * The outcome report's and the OpenFIT users' statements as they were before the per-session
 * summaries (commit 4adab25): they read the measurements themselves. Kept for the report benchmark only, which runs both and checks
 * that they give the same figures on the generated data.
 */
import type { Sql } from "@silta/kernel";
import { MIN_GROUP_CLIENTS, type OutcomeReportRow, type ReportDimension, type UsersRow } from "../src/data/reportStore";

const groupColumn: Record<ReportDimension, string> = {
  TEAM: "e.team_id::text",
  UNIT: "e.unit_id::text",
  ORGANIZATION: "e.organization_id::text",
  SERVICE: "e.service",
};

export function legacyOutcomeReport(sql: Sql, dimension: ReportDimension, from: string, to: string): Promise<OutcomeReportRow[]> {
  return sql.transaction(async (tx) => {
    await tx.query(`SET LOCAL work_mem = '64MB'`);
    await tx.query(`SET LOCAL jit = off`);
    return tx.query<OutcomeReportRow>(outcomeReportSql(groupColumn[dimension]), [from, to]);
  });
}

/**
 * First and last scores per episode without sorting: `min`/`max` over an array whose first elements
 * are the day and the recording time pick the earliest and the latest row in one hash aggregate, and
 * carry its total, clinical flag and reliable change (1 improved, 0 none, -1 deteriorated, -9 none given).
 */
const ordered = (...values: string[]) =>
  `ARRAY[(m.measured_on - date '2000-01-01')::numeric, extract(epoch FROM m.created_at)::numeric, ${values.join(", ")}]`;
const outcomeValues = [
  "m.total",
  "coalesce(m.clinical::int, -1)::numeric",
  "CASE m.reliable_change WHEN 'IMPROVED' THEN 1 WHEN 'NO_RELIABLE_CHANGE' THEN 0 WHEN 'DETERIORATED' THEN -1 ELSE -9 END::numeric",
];

function outcomeReportSql(group: string): string {
  // NOT MATERIALIZED: the three readers each re-join sessions to episodes, which lets PostgreSQL run those
  // scans with parallel workers; a materialized CTE is read by the leader alone (about 20% slower at 1,000,000).
  return `WITH period_sessions AS NOT MATERIALIZED (
       SELECT s.id, s.episode_id, ${group} AS group_key
       FROM fit_session s JOIN episode e ON e.id = s.episode_id
       WHERE s.held_on BETWEEN $1::date AND $2::date
     ), session_measures AS (
       SELECT m.session_id, bool_or(m.instrument IN ('SRS', 'CSRS', 'YCSRS', 'GSRS')) AS rated, coalesce(bool_or(m.srs_alert), false) AS alert
       FROM measurement m
       WHERE m.total IS NOT NULL AND m.session_id IS NOT NULL AND m.measured_on BETWEEN $1::date AND $2::date
       GROUP BY m.session_id
     ), by_session AS (
       SELECT ps.group_key, count(*) AS sessions, count(sm.session_id) AS with_measures,
              count(*) FILTER (WHERE sm.rated) AS rated, count(*) FILTER (WHERE sm.alert) AS alerts
       FROM period_sessions ps LEFT JOIN session_measures sm ON sm.session_id = ps.id
       GROUP BY ps.group_key
     ), scored AS (
       SELECT m.episode_id,
              min(${ordered(...outcomeValues)}) FILTER (WHERE m.instrument IN ('ORS', 'CORS', 'YCORS')) AS first_o,
              max(${ordered(...outcomeValues)}) FILTER (WHERE m.instrument IN ('ORS', 'CORS', 'YCORS') AND m.measured_on >= $1::date) AS last_o,
              min(${ordered("m.total")}) FILTER (WHERE m.instrument NOT IN ('ORS', 'CORS', 'YCORS')) AS first_r,
              max(${ordered("m.total")}) FILTER (WHERE m.instrument NOT IN ('ORS', 'CORS', 'YCORS') AND m.measured_on >= $1::date) AS last_r
       FROM measurement m
       WHERE m.episode_id IN (SELECT episode_id FROM period_sessions) AND m.total IS NOT NULL
         AND m.rater = 'CLIENT' AND m.measured_on <= $2::date
       GROUP BY m.episode_id
     ), episodes AS (
       SELECT e.client_id, ${group} AS group_key, e.ended_on BETWEEN $1::date AND $2::date AS ended_in_period, e.closure,
              sc.first_o[3] AS intake_ors, sc.first_o[4] = 1 AS intake_clinical,
              sc.last_o[3] AS latest_ors, sc.last_o[4] = 1 AS latest_clinical, nullif(sc.last_o[5], -9) AS reliable_change,
              sc.last_o IS NOT NULL AND sc.last_o[1:2] <> sc.first_o[1:2] AS followed_up,
              sc.first_r[3] AS intake_srs, sc.last_r[3] AS latest_srs
       FROM episode e LEFT JOIN scored sc ON sc.episode_id = e.id
       WHERE e.id IN (SELECT episode_id FROM period_sessions) OR e.ended_on BETWEEN $1::date AND $2::date
     ), by_episode AS (
       SELECT group_key,
              count(DISTINCT client_id) FILTER (WHERE latest_ors IS NOT NULL OR latest_srs IS NOT NULL) AS clients_measured,
              count(*) FILTER (WHERE latest_ors IS NOT NULL OR latest_srs IS NOT NULL) AS episodes_measured,
              avg(intake_ors) FILTER (WHERE latest_ors IS NOT NULL) AS average_intake_ors,
              avg(latest_ors) AS average_latest_ors,
              avg(intake_srs) FILTER (WHERE latest_srs IS NOT NULL) AS average_intake_srs,
              avg(latest_srs) AS average_latest_srs,
              count(reliable_change) AS followed,
              count(*) FILTER (WHERE reliable_change = 1) AS improved,
              count(*) FILTER (WHERE reliable_change = -1) AS deteriorated,
              count(*) FILTER (WHERE intake_clinical AND followed_up) AS clinical_followed,
              count(*) FILTER (WHERE intake_clinical AND followed_up AND NOT latest_clinical) AS recovered,
              count(*) FILTER (WHERE ended_in_period) AS closed,
              count(*) FILTER (WHERE ended_in_period AND closure = 'UNPLANNED') AS dropouts
       FROM episodes GROUP BY group_key
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
     LEFT JOIN by_session bs ON bs.group_key IS NOT DISTINCT FROM be.group_key
     CROSS JOIN LATERAL (SELECT be.clients_measured >= ${MIN_GROUP_CLIENTS} AS shown) AS visibility
     ORDER BY be.group_key NULLS LAST`;
}

/** OpenFIT users as they were counted from measurements. */
export function legacyFitUsers(sql: Sql, from: string, to: string): Promise<UsersRow[]> {
  return sql.query<UsersRow>(
    `SELECT e.unit_id AS "unitId", to_char(m.measured_on, 'YYYY-MM') AS month, count(DISTINCT m.professional_id)::int AS users
     FROM measurement m JOIN episode e ON e.id = m.episode_id
     WHERE m.measured_on BETWEEN $1::date AND $2::date AND m.total IS NOT NULL
     GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2`,
    [from, to],
  );
}
