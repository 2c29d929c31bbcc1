-- The access log at county scale (issue 18). The first log wrote one row per client and category and
-- chained each row to the one before under one global lock: every request of the county queued there.
-- Now one entry per client and decision batch carries every category decided (per-category outcome
-- and basis in `items`), is appended without any lock, and a sealer chains the entries into seals
-- (access_log_seal) shortly after. The log is partitioned by month, so years of it stay cheap.

-- The first log is kept as it was, closed: audit:verify still walks its chain.
ALTER TABLE "access_log" RENAME TO "access_log_v1";
ALTER TABLE "access_log_v1" RENAME CONSTRAINT "access_log_pkey" TO "access_log_v1_pkey";
ALTER INDEX "access_log_client_id_at_idx" RENAME TO "access_log_v1_client_id_at_idx";
ALTER TRIGGER "access_log_append_only_rows" ON "access_log_v1" RENAME TO "access_log_v1_append_only_rows";
ALTER TRIGGER "access_log_append_only_truncate" ON "access_log_v1" RENAME TO "access_log_v1_append_only_truncate";

CREATE TABLE "access_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "viewer_id" TEXT NOT NULL,
    "viewer_kind" TEXT NOT NULL,
    "organization_id" TEXT,
    "roles" TEXT[],
    "client_id" TEXT NOT NULL,
    "purpose" TEXT,
    "request_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "hash" TEXT NOT NULL,
    "write_xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),

    CONSTRAINT "access_log_pkey" PRIMARY KEY ("id", "at")
) PARTITION BY RANGE ("at");

CREATE INDEX "access_log_client_id_at_idx" ON "access_log"("client_id", "at");
-- The sealer reads a batch by writing transaction, in (transaction, id) order.
CREATE INDEX "access_log_write_xid_id_idx" ON "access_log"("write_xid", "id");

-- Entries whose month has no partition yet (back-dated, or the sealer has not run for months) land
-- here rather than failing the request.
CREATE TABLE "access_log_default" PARTITION OF "access_log" DEFAULT;

CREATE TRIGGER "access_log_append_only_rows" BEFORE UPDATE OR DELETE ON "access_log"
  FOR EACH ROW EXECUTE FUNCTION "access_log_refuse_change"();
CREATE TRIGGER "access_log_append_only_truncate" BEFORE TRUNCATE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();

-- One seal per batch: the batch's entries are those whose writing transaction the seal's snapshot
-- (pg_snapshot as text) sees as committed and the previous seal's did not; `root` digests their ids
-- and hashes in (transaction, id) order, and each seal is chained to the one before. Written by the
-- sealer only; insert-only like the log.
CREATE TABLE "access_log_seal" (
    "seq" BIGINT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,
    "root" TEXT NOT NULL,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "sealed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "access_log_seal_pkey" PRIMARY KEY ("seq")
);

CREATE TRIGGER "access_log_seal_append_only_rows" BEFORE UPDATE OR DELETE ON "access_log_seal"
  FOR EACH ROW EXECUTE FUNCTION "access_log_refuse_change"();
CREATE TRIGGER "access_log_seal_append_only_truncate" BEFORE TRUNCATE ON "access_log_seal"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();

-- Creates the monthly partitions of the month of `at` and the two after it, when missing. The
-- sealer calls it; it runs as the owner (SECURITY DEFINER), since the application role may create
-- nothing. A month whose rows already went to the default partition is left there.
CREATE FUNCTION "access_log_ensure_partitions"("at" TIMESTAMPTZ) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  month_start TIMESTAMPTZ;
  name TEXT;
BEGIN
  FOR step IN 0..2 LOOP
    month_start := date_trunc('month', "at" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + make_interval(months => step);
    name := 'access_log_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
    IF to_regclass(name) IS NULL THEN
      BEGIN
        EXECUTE format('CREATE TABLE %I PARTITION OF access_log FOR VALUES FROM (%L) TO (%L)',
                       name, month_start, month_start + interval '1 month');
      EXCEPTION WHEN duplicate_table OR check_violation OR invalid_object_definition THEN
        NULL; -- created meanwhile, or its rows are already in the default partition
      END;
    END IF;
  END LOOP;
END
$$;

SELECT "access_log_ensure_partitions"(now());
