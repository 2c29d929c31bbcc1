-- Per-session summary rows for the outcome report (docs/benchmarks-fit.md): written by the hub in the
-- same transaction as the change (src/data/summaryStore.ts, called from refreshDerived), so a report
-- reads one narrow row per session instead of grouping every measurement.

-- CreateTable
CREATE TABLE "fit_session_summary" (
    "session_id" UUID NOT NULL,
    "episode_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "next_held_on" DATE,
    "professional_id" UUID NOT NULL,
    "measured" BOOLEAN NOT NULL,
    "rated" BOOLEAN NOT NULL,
    "srs_alert" BOOLEAN NOT NULL,
    "intake_outcome" DECIMAL(3,1),
    "intake_outcome_clinical" BOOLEAN,
    "latest_outcome" DECIMAL(3,1),
    "latest_outcome_on" DATE,
    "latest_outcome_clinical" BOOLEAN,
    "latest_reliable_change" "ReliableChange",
    "followed_up" BOOLEAN NOT NULL,
    "intake_rating" DECIMAL(3,1),
    "latest_rating" DECIMAL(3,1),
    "latest_rating_on" DATE,

    CONSTRAINT "fit_session_summary_pkey" PRIMARY KEY ("session_id")
);

-- CreateIndex
CREATE INDEX "fit_session_summary_held_on_idx" ON "fit_session_summary"("held_on");

-- CreateIndex
CREATE INDEX "fit_session_summary_episode_id_idx" ON "fit_session_summary"("episode_id");

-- AddForeignKey
ALTER TABLE "fit_session_summary" ADD CONSTRAINT "fit_session_summary_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "fit_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the summaries of every existing episode, by the statement summaryStore.ts runs for the
-- episodes a change touches (a copy as of this migration; the store's statement is the living one).
INSERT INTO "fit_session_summary" ("session_id", "episode_id", "held_on", "next_held_on", "professional_id", "measured", "rated", "srs_alert",
    "intake_outcome", "intake_outcome_clinical", "latest_outcome", "latest_outcome_on", "latest_outcome_clinical",
    "latest_reliable_change", "followed_up", "intake_rating", "latest_rating", "latest_rating_on")
WITH sessions AS (
  SELECT s.id, s.episode_id, s.held_on, s.professional_id,
         lead(s.held_on) OVER (PARTITION BY s.episode_id ORDER BY s.held_on, s.created_at, s.id) AS next_held_on
  FROM "fit_session" s
), own AS (
  SELECT m.session_id, bool_or(m.total IS NOT NULL) AS measured,
         bool_or(m.total IS NOT NULL AND m.instrument NOT IN ('ORS', 'CORS', 'YCORS')) AS rated,
         coalesce(bool_or(m.srs_alert), false) AS alert
  FROM "measurement" m WHERE m.session_id IS NOT NULL
  GROUP BY m.session_id
), scores AS (
  SELECT m.episode_id, m.measured_on, m.instrument IN ('ORS', 'CORS', 'YCORS') AS outcome,
         ARRAY[row_number() OVER (PARTITION BY m.episode_id, m.instrument IN ('ORS', 'CORS', 'YCORS')
                                  ORDER BY m.measured_on, m.created_at, m.id)::numeric,
               (m.measured_on - date '2000-01-01')::numeric, m.total, coalesce(m.clinical, false)::int::numeric,
               CASE m.reliable_change WHEN 'IMPROVED' THEN 1 WHEN 'NO_RELIABLE_CHANGE' THEN 0 WHEN 'DETERIORATED' THEN -1 END::numeric] AS score
  FROM "measurement" m
  WHERE m.episode_id IS NOT NULL AND m.session_id IS NOT NULL AND m.rater = 'CLIENT' AND m.total IS NOT NULL
), carried AS (
  SELECT s.id, min(c.score) FILTER (WHERE c.outcome) AS first_o, max(c.score) FILTER (WHERE c.outcome) AS last_o,
         min(c.score) FILTER (WHERE NOT c.outcome) AS first_r, max(c.score) FILTER (WHERE NOT c.outcome) AS last_r
  FROM sessions s JOIN scores c ON c.episode_id = s.episode_id AND c.measured_on <= s.held_on
  GROUP BY s.id
)
SELECT s.id, s.episode_id, s.held_on, s.next_held_on, s.professional_id,
       coalesce(o.measured, false), coalesce(o.rated, false), coalesce(o.alert, false),
       c.first_o[3], c.first_o[4] = 1, c.last_o[3], date '2000-01-01' + c.last_o[2]::int, c.last_o[4] = 1,
       (CASE c.last_o[5] WHEN 1 THEN 'IMPROVED' WHEN 0 THEN 'NO_RELIABLE_CHANGE' WHEN -1 THEN 'DETERIORATED' END)::"ReliableChange",
       coalesce(c.last_o[1] > 1, false), c.first_r[3], c.last_r[3], date '2000-01-01' + c.last_r[2]::int
FROM sessions s LEFT JOIN own o ON o.session_id = s.id LEFT JOIN carried c ON c.id = s.id;
