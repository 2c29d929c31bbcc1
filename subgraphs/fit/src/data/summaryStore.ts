import { Prisma, type FitDb } from "./db";

/**
 * The per-session summary rows (`fit_session_summary`) of whole episodes, from their stored
 * measurements and derived values. Run by `refreshDerived` after it has written the derived values, so
 * the summaries change in the same transaction as the data; rows already so are not written again.
 *
 * Per session: whether it has a score, a session rating, an SRS alert; and the episode's client-rated
 * intake and latest scores as of the end of the session's day. Scores are ordered as scoring orders
 * them (day, recording time, id). Each score is an array whose first element is its position, so
 * `min`/`max` pick the first and the latest: [position, day (days since 2000), total, clinical 0/1,
 * reliable change 1 / 0 / -1 / null].
 */
const summarySql = (episodes: (column: Prisma.Sql) => Prisma.Sql) => Prisma.sql`
WITH sessions AS (
  SELECT s.id, s.episode_id, s.held_on, s.professional_id,
         lead(s.held_on) OVER (PARTITION BY s.episode_id ORDER BY s.held_on, s.created_at, s.id) AS next_held_on
  FROM fit_session s WHERE ${episodes(Prisma.sql`s.episode_id`)}
), own AS (
  SELECT m.session_id, bool_or(m.total IS NOT NULL) AS measured,
         bool_or(m.total IS NOT NULL AND m.instrument NOT IN ('ORS', 'CORS', 'YCORS')) AS rated,
         coalesce(bool_or(m.srs_alert), false) AS alert
  FROM measurement m WHERE ${episodes(Prisma.sql`m.episode_id`)} AND m.session_id IS NOT NULL
  GROUP BY m.session_id
), scores AS (
  SELECT m.episode_id, m.measured_on, m.instrument IN ('ORS', 'CORS', 'YCORS') AS outcome,
         ARRAY[row_number() OVER (PARTITION BY m.episode_id, m.instrument IN ('ORS', 'CORS', 'YCORS')
                                  ORDER BY m.measured_on, m.created_at, m.id)::numeric,
               (m.measured_on - date '2000-01-01')::numeric, m.total, coalesce(m.clinical, false)::int::numeric,
               CASE m.reliable_change WHEN 'IMPROVED' THEN 1 WHEN 'NO_RELIABLE_CHANGE' THEN 0 WHEN 'DETERIORATED' THEN -1 END::numeric] AS score
  FROM measurement m
  WHERE ${episodes(Prisma.sql`m.episode_id`)} AND m.session_id IS NOT NULL AND m.rater = 'CLIENT' AND m.total IS NOT NULL
), carried AS (
  SELECT s.id, min(c.score) FILTER (WHERE c.outcome) AS first_o, max(c.score) FILTER (WHERE c.outcome) AS last_o,
         min(c.score) FILTER (WHERE NOT c.outcome) AS first_r, max(c.score) FILTER (WHERE NOT c.outcome) AS last_r
  FROM sessions s JOIN scores c ON c.episode_id = s.episode_id AND c.measured_on <= s.held_on
  GROUP BY s.id
)
INSERT INTO fit_session_summary AS t (session_id, episode_id, held_on, next_held_on, professional_id, measured, rated, srs_alert,
    intake_outcome, intake_outcome_clinical, latest_outcome, latest_outcome_on, latest_outcome_clinical,
    latest_reliable_change, followed_up, intake_rating, latest_rating, latest_rating_on)
SELECT s.id, s.episode_id, s.held_on, s.next_held_on, s.professional_id,
       coalesce(o.measured, false), coalesce(o.rated, false), coalesce(o.alert, false),
       c.first_o[3], c.first_o[4] = 1, c.last_o[3], date '2000-01-01' + c.last_o[2]::int, c.last_o[4] = 1,
       (CASE c.last_o[5] WHEN 1 THEN 'IMPROVED' WHEN 0 THEN 'NO_RELIABLE_CHANGE' WHEN -1 THEN 'DETERIORATED' END)::"ReliableChange",
       coalesce(c.last_o[1] > 1, false), c.first_r[3], c.last_r[3], date '2000-01-01' + c.last_r[2]::int
FROM sessions s LEFT JOIN own o ON o.session_id = s.id LEFT JOIN carried c ON c.id = s.id
ON CONFLICT (session_id) DO UPDATE SET episode_id = excluded.episode_id, held_on = excluded.held_on,
  next_held_on = excluded.next_held_on, professional_id = excluded.professional_id, measured = excluded.measured, rated = excluded.rated, srs_alert = excluded.srs_alert,
  intake_outcome = excluded.intake_outcome, intake_outcome_clinical = excluded.intake_outcome_clinical,
  latest_outcome = excluded.latest_outcome, latest_outcome_on = excluded.latest_outcome_on,
  latest_outcome_clinical = excluded.latest_outcome_clinical, latest_reliable_change = excluded.latest_reliable_change,
  followed_up = excluded.followed_up, intake_rating = excluded.intake_rating, latest_rating = excluded.latest_rating,
  latest_rating_on = excluded.latest_rating_on
WHERE (t.episode_id, t.held_on, t.next_held_on, t.professional_id, t.measured, t.rated, t.srs_alert, t.intake_outcome, t.intake_outcome_clinical,
       t.latest_outcome, t.latest_outcome_on, t.latest_outcome_clinical, t.latest_reliable_change, t.followed_up,
       t.intake_rating, t.latest_rating, t.latest_rating_on)
  IS DISTINCT FROM (excluded.episode_id, excluded.held_on, excluded.next_held_on, excluded.professional_id, excluded.measured, excluded.rated,
       excluded.srs_alert, excluded.intake_outcome, excluded.intake_outcome_clinical, excluded.latest_outcome,
       excluded.latest_outcome_on, excluded.latest_outcome_clinical, excluded.latest_reliable_change, excluded.followed_up,
       excluded.intake_rating, excluded.latest_rating, excluded.latest_rating_on)
RETURNING t.session_id`;

/** Rewrites the summary rows of these episodes' sessions; returns how many rows changed. */
export async function refreshSessionSummaries(tx: FitDb, episodeIds: readonly string[]): Promise<number> {
  if (episodeIds.length === 0) return 0;
  const ids = [...episodeIds];
  const rows = await tx.$queryRaw<{ session_id: string }[]>(summarySql((column) => Prisma.sql`${column} = ANY(${ids}::uuid[])`));
  return rows.length;
}

/**
 * As `refreshSessionSummaries`, for every episode whose id lies in [first, last]: for whole tables
 * (a generated county), where a list of ids would be searched for every row instead of read by index.
 */
export async function refreshSessionSummariesInRange(tx: FitDb, first: string, last: string): Promise<number> {
  const rows = await tx.$queryRaw<{ session_id: string }[]>(
    summarySql((column) => Prisma.sql`${column} >= ${first}::uuid AND ${column} <= ${last}::uuid`),
  );
  return rows.length;
}
