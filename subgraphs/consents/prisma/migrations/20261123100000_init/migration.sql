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
