-- CreateTable
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

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "outbox_event_event_id_key" ON "outbox_event"("event_id");

-- CreateIndex
CREATE INDEX "outbox_event_published_at_id_idx" ON "outbox_event"("published_at", "id");

-- CreateEnum
CREATE TYPE "Instrument" AS ENUM ('ORS', 'SRS', 'CORS', 'CSRS', 'YCORS', 'YCSRS', 'GSRS');

-- CreateTable
CREATE TABLE "measurement" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,
    "instrument" "Instrument" NOT NULL,
    "measured_on" DATE NOT NULL,
    "total" DECIMAL(3,1) NOT NULL,
    "items" DECIMAL(3,1)[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "measurement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "measurement_client_id_instrument_measured_on_idx" ON "measurement"("client_id", "instrument", "measured_on");

-- CreateIndex
CREATE INDEX "measurement_professional_id_measured_on_idx" ON "measurement"("professional_id", "measured_on");
