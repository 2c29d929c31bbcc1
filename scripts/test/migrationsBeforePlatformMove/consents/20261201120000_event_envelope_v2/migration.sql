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

-- processed_event becomes the kernel's processOnce table: one row per consumer group and event.
ALTER TABLE "processed_event" ADD COLUMN "consumer" TEXT NOT NULL DEFAULT 'consents-access';
ALTER TABLE "processed_event" ALTER COLUMN "consumer" DROP DEFAULT;
ALTER TABLE "processed_event" DROP CONSTRAINT "processed_event_pkey",
ADD CONSTRAINT "processed_event_pkey" PRIMARY KEY ("consumer", "event_id");
