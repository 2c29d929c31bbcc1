-- Retiring months of the access log once the law no longer requires them (12 years, Act 703/2023):
-- `npm run audit:retire` detaches a month's partition from the log and records it here. Verify reads
-- this table to know which seals may now miss entries (those of retired months), and refuses a
-- retirement of a month still within the retention period. Insert-only, like the log.
CREATE TABLE "access_log_retirement" (
    "month" DATE NOT NULL,
    "partition" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,
    "digest" TEXT NOT NULL,
    "archived_to" TEXT,
    "retired_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "access_log_retirement_pkey" PRIMARY KEY ("month")
);

CREATE TRIGGER "access_log_retirement_append_only_rows" BEFORE UPDATE OR DELETE ON "access_log_retirement"
  FOR EACH ROW EXECUTE FUNCTION "access_log_refuse_change"();
CREATE TRIGGER "access_log_retirement_append_only_truncate" BEFORE TRUNCATE ON "access_log_retirement"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();
