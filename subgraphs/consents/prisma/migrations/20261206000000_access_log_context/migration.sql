-- The access log's request context, stored once per decision batch (issue 18: at most 2 kB of log per
-- client read). Every entry of a batch repeated who asked (viewer id and kind, organisation, roles),
-- why (purpose) and from where (request id, subgraph): most of its ~480 bytes. Now a batch writes one
-- `access_log_context` row with those fields and its own hash, and its entries keep only their time,
-- client, items, hash and transaction, and the context's id. An entry's hash covers its context's
-- hash, so the seals, which digest the entries' hashes, cover the contexts too (docs/access.md).
--
-- Entries written before keep their columns, their format and their hashes: nothing is rewritten.
-- Their context columns stay filled and `context_id` null; new entries the other way round. Verify
-- and the log's queries read both through the view `access_log_entries`.

CREATE TABLE "access_log_context" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "viewer_id" TEXT NOT NULL,
    "viewer_kind" TEXT NOT NULL,
    "organization_id" TEXT,
    "roles" TEXT[],
    "purpose" TEXT,
    "request_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "access_log_context_pkey" PRIMARY KEY ("id", "at")
) PARTITION BY RANGE ("at");

-- A context's `at` is its entries' `at`: each month's contexts are in the month's partition, next to
-- its entries, and leave the log with them (npm run audit:retire).
CREATE TABLE "access_log_context_default" PARTITION OF "access_log_context" DEFAULT;

CREATE TRIGGER "access_log_context_append_only_rows" BEFORE UPDATE OR DELETE ON "access_log_context"
  FOR EACH ROW EXECUTE FUNCTION "access_log_refuse_change"();
CREATE TRIGGER "access_log_context_append_only_truncate" BEFORE TRUNCATE ON "access_log_context"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();

-- Catalogue changes only (no row is read or written): the context columns of new entries are null.
ALTER TABLE "access_log" ALTER COLUMN "viewer_id" DROP NOT NULL,
                         ALTER COLUMN "viewer_kind" DROP NOT NULL,
                         ALTER COLUMN "request_id" DROP NOT NULL,
                         ALTER COLUMN "source" DROP NOT NULL,
                         ADD COLUMN "context_id" BIGINT;

-- Every entry with its context, whichever format it was written in: what the client's and the data
-- protection officer's queries, verify and tests read. Not updatable (a join).
CREATE VIEW "access_log_entries" AS
SELECT e."id", e."at",
       CASE WHEN e."context_id" IS NULL THEN e."viewer_id" ELSE c."viewer_id" END AS "viewer_id",
       CASE WHEN e."context_id" IS NULL THEN e."viewer_kind" ELSE c."viewer_kind" END AS "viewer_kind",
       CASE WHEN e."context_id" IS NULL THEN e."organization_id" ELSE c."organization_id" END AS "organization_id",
       CASE WHEN e."context_id" IS NULL THEN e."roles" ELSE c."roles" END AS "roles",
       e."client_id",
       CASE WHEN e."context_id" IS NULL THEN e."purpose" ELSE c."purpose" END AS "purpose",
       CASE WHEN e."context_id" IS NULL THEN e."request_id" ELSE c."request_id" END AS "request_id",
       CASE WHEN e."context_id" IS NULL THEN e."source" ELSE c."source" END AS "source",
       e."items", e."hash", e."write_xid", e."context_id",
       c."hash" AS "context_hash"
  FROM "access_log" e
  LEFT JOIN "access_log_context" c ON c."id" = e."context_id" AND c."at" = e."at";

-- The partitions of both tables, ahead of time, as before (the sealer calls it).
CREATE OR REPLACE FUNCTION "access_log_ensure_partitions"("at" TIMESTAMPTZ) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  month_start TIMESTAMPTZ;
  name TEXT;
  parent TEXT;
BEGIN
  FOREACH parent IN ARRAY ARRAY['access_log', 'access_log_context'] LOOP
    FOR step IN 0..2 LOOP
      month_start := date_trunc('month', "at" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + make_interval(months => step);
      name := parent || '_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
      IF to_regclass(name) IS NULL THEN
        BEGIN
          EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                         name, parent, month_start, month_start + interval '1 month');
        EXCEPTION WHEN duplicate_table OR check_violation OR invalid_object_definition THEN
          NULL; -- created meanwhile, or its rows are already in the default partition
        END;
      END IF;
    END LOOP;
  END LOOP;
END
$$;

SELECT "access_log_ensure_partitions"(now());
