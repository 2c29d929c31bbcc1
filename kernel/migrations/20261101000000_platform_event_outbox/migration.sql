-- The transactional outbox (kernel/src/events): events written in the same transaction as the
-- change they describe, published by the outbox relay. Envelope 2 columns (aggregate_version,
-- changed_fields) are NULL on rows recorded before envelope 2, which are published as envelope 1.
CREATE TABLE "outbox_event" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "aggregate_type" TEXT NOT NULL,
    "aggregate_id" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "aggregate_version" INTEGER,
    "changed_fields" JSONB,

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "outbox_event_event_id_key" ON "outbox_event"("event_id");

CREATE INDEX "outbox_event_published_at_id_idx" ON "outbox_event"("published_at", "id");

-- The last version of each aggregate that recorded an event (recordEvent counts here).
CREATE TABLE "aggregate_version" (
    "aggregate_type" TEXT NOT NULL,
    "aggregate_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "aggregate_version_pkey" PRIMARY KEY ("aggregate_type","aggregate_id")
);
