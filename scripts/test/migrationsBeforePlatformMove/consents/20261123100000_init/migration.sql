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
CREATE TYPE "DataCategory" AS ENUM ('BASIC', 'CONTACT', 'CONCERNS', 'SERVICE_PLAN', 'TEAM', 'CONSENTS', 'FIT');

-- CreateTable
CREATE TABLE "consent" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "recipient_organization_id" UUID NOT NULL,
    "categories" "DataCategory"[],
    "purpose" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "revoked_at" TIMESTAMPTZ(3),
    "given_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT NOT NULL,

    CONSTRAINT "consent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "consent_client_id_idx" ON "consent"("client_id");
