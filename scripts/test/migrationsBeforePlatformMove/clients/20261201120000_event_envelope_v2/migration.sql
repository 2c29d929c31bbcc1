-- Event envelope 2: a per-aggregate version and the changed fields of every event. Rows already in
-- the outbox keep NULL in both and are published as envelope 1.
ALTER TABLE "outbox_event" ADD COLUMN "aggregate_version" INTEGER,
ADD COLUMN "changed_fields" JSONB;

-- CreateTable
CREATE TABLE "aggregate_version" (
    "aggregate_type" TEXT NOT NULL,
    "aggregate_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "aggregate_version_pkey" PRIMARY KEY ("aggregate_type","aggregate_id")
);

-- Versions continue after the events each aggregate already has.
INSERT INTO "aggregate_version" ("aggregate_type", "aggregate_id", "version")
SELECT "aggregate_type", "aggregate_id", count(*)::integer FROM "outbox_event" GROUP BY "aggregate_type", "aggregate_id";

-- CreateTable: the kernel's processOnce table, one row per consumer group and event applied.
CREATE TABLE "processed_event" (
    "consumer" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("consumer","event_id")
);
