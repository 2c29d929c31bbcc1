-- CreateEnum
CREATE TYPE "ConsentKind" AS ENUM ('SHARING', 'ACTING_ON_BEHALF');

-- CreateEnum
CREATE TYPE "ConsentForm" AS ENUM ('WRITTEN', 'ELECTRONIC', 'ORAL');

-- CreateEnum
CREATE TYPE "ConsentGiver" AS ENUM ('CLIENT', 'GUARDIAN', 'LEGAL_GUARDIAN');

-- CreateEnum
CREATE TYPE "BanKind" AS ENUM ('CATEGORY', 'SERVICE_TASK', 'ORGANIZATION');

-- AlterTable
ALTER TABLE "consent" ALTER COLUMN "recipient_organization_id" DROP NOT NULL,
ADD COLUMN     "kind" "ConsentKind" NOT NULL DEFAULT 'SHARING',
ADD COLUMN     "recipient_organization_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "recipient_team_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "form" "ConsentForm" NOT NULL DEFAULT 'WRITTEN',
ADD COLUMN     "evidence_reference" TEXT,
ADD COLUMN     "given_by" "ConsentGiver" NOT NULL DEFAULT 'CLIENT',
ADD COLUMN     "given_by_client_id" UUID,
ADD COLUMN     "recorded_by_organization_id" UUID,
ADD COLUMN     "agent_id" TEXT,
ADD COLUMN     "agent_kind" TEXT,
ADD COLUMN     "allowed_actions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "revoked_by" TEXT;

-- Consents of the first schema named one recipient: it becomes the first of the list.
UPDATE "consent" SET "recipient_organization_ids" = ARRAY["recipient_organization_id"] WHERE "recipient_organization_id" IS NOT NULL;

-- CreateIndex
CREATE INDEX "consent_valid_until_idx" ON "consent"("valid_until");

-- CreateTable
CREATE TABLE "ban" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "kind" "BanKind" NOT NULL,
    "categories" "DataCategory"[] DEFAULT ARRAY[]::"DataCategory"[],
    "service_task" TEXT,
    "organization_id" UUID,
    "reason" TEXT,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "given_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_by_organization_id" UUID,
    "lifted_at" TIMESTAMPTZ(3),
    "lifted_by" TEXT,

    CONSTRAINT "ban_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ban_client_id_idx" ON "ban"("client_id");

-- CreateTable
CREATE TABLE "statutory_basis" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "recipient_organization_id" UUID NOT NULL,
    "categories" "DataCategory"[],
    "legal_reference" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_by_organization_id" UUID NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "statutory_basis_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "statutory_basis_client_id_idx" ON "statutory_basis"("client_id");

-- CreateTable
CREATE TABLE "access_organization" (
    "organization_id" UUID NOT NULL,
    "is_county_organization" BOOLEAN NOT NULL,

    CONSTRAINT "access_organization_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "access_team_member" (
    "team_id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,
    "organization_id" UUID,
    "role" TEXT,
    "since" DATE,
    "until" DATE,

    CONSTRAINT "access_team_member_pkey" PRIMARY KEY ("team_id","professional_id")
);

-- CreateIndex
CREATE INDEX "access_team_member_professional_id_idx" ON "access_team_member"("professional_id");

-- CreateTable
CREATE TABLE "access_team_client" (
    "team_id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "since" DATE,
    "until" DATE,

    CONSTRAINT "access_team_client_pkey" PRIMARY KEY ("team_id","client_id")
);

-- CreateIndex
CREATE INDEX "access_team_client_client_id_idx" ON "access_team_client"("client_id");

-- CreateTable
CREATE TABLE "access_responsible_worker" (
    "client_id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,
    "organization_id" UUID,
    "since" DATE,

    CONSTRAINT "access_responsible_worker_pkey" PRIMARY KEY ("client_id")
);

-- CreateIndex
CREATE INDEX "access_responsible_worker_professional_id_idx" ON "access_responsible_worker"("professional_id");

-- CreateTable
CREATE TABLE "access_client" (
    "client_id" UUID NOT NULL,
    "controller_organization_id" UUID,
    "has_non_disclosure_order" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "access_client_pkey" PRIMARY KEY ("client_id")
);

-- CreateTable
CREATE TABLE "access_client_relationship" (
    "relationship_id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "service_task" TEXT,
    "since" DATE,
    "until" DATE,

    CONSTRAINT "access_client_relationship_pkey" PRIMARY KEY ("relationship_id")
);

-- CreateIndex
CREATE INDEX "access_client_relationship_client_id_idx" ON "access_client_relationship"("client_id");

-- CreateTable
CREATE TABLE "access_guardianship" (
    "child_client_id" UUID NOT NULL,
    "guardian_client_id" UUID NOT NULL,
    "since" DATE,
    "until" DATE,

    CONSTRAINT "access_guardianship_pkey" PRIMARY KEY ("child_client_id","guardian_client_id")
);

-- CreateIndex
CREATE INDEX "access_guardianship_guardian_client_id_idx" ON "access_guardianship"("guardian_client_id");

-- CreateTable
CREATE TABLE "processed_event" (
    "event_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_event_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "access_log" (
    "seq" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "viewer_id" TEXT NOT NULL,
    "viewer_kind" TEXT NOT NULL,
    "organization_id" TEXT,
    "roles" TEXT[],
    "client_id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "purpose" TEXT,
    "basis" TEXT NOT NULL,
    "consent_id" TEXT,
    "team_id" TEXT,
    "relationship_id" TEXT,
    "statutory_basis_id" TEXT,
    "outcome" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "access_log_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "access_log_client_id_at_idx" ON "access_log"("client_id", "at");

-- The access log is append-only (Act 703/2023: logs are kept immutable for 12 years). Whatever role
-- the application connects as, UPDATE, DELETE and TRUNCATE raise; only a superuser who disables the
-- trigger can change a row, and the hash chain then shows it (npm run audit:verify).
CREATE FUNCTION "access_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "access_log_append_only_rows" BEFORE UPDATE OR DELETE ON "access_log"
  FOR EACH ROW EXECUTE FUNCTION "access_log_refuse_change"();

CREATE TRIGGER "access_log_append_only_truncate" BEFORE TRUNCATE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "access_log_refuse_change"();
