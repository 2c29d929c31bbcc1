-- CreateEnum
CREATE TYPE "FamilyRelation" AS ENUM ('GUARDIAN', 'PARENT', 'CHILD', 'SIBLING', 'SPOUSE', 'OTHER');

-- CreateEnum
CREATE TYPE "ConcernStatus" AS ENUM ('RAISED', 'REACTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('OPEN', 'DONE', 'NOT_DONE', 'CHANGED');

-- AlterTable
ALTER TABLE "client" ADD COLUMN     "email" TEXT,
ADD COLUMN     "has_non_disclosure_order" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "identity_code_encrypted" TEXT,
ADD COLUMN     "municipality_code" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "post_office" TEXT,
ADD COLUMN     "postal_code" TEXT,
ADD COLUMN     "street_address" TEXT,
ADD COLUMN     "temporary_identifier" TEXT;

-- CreateTable
CREATE TABLE "client_relationship" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "service_task" TEXT NOT NULL,
    "since" DATE NOT NULL,
    "until" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "client_relationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "responsible_worker" (
    "client_id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "since" DATE NOT NULL,
    "assigned_at" TIMESTAMPTZ(3) NOT NULL,
    "event_id" UUID NOT NULL,

    CONSTRAINT "responsible_worker_pkey" PRIMARY KEY ("client_id")
);

-- CreateTable
CREATE TABLE "family" (
    "id" UUID NOT NULL,
    "name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "family_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "family_member" (
    "family_id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "relation" "FamilyRelation" NOT NULL,

    CONSTRAINT "family_member_pkey" PRIMARY KEY ("family_id","client_id")
);

-- CreateTable
CREATE TABLE "guardianship" (
    "id" UUID NOT NULL,
    "child_client_id" UUID NOT NULL,
    "guardian_client_id" UUID NOT NULL,
    "since" DATE NOT NULL,
    "until" DATE,

    CONSTRAINT "guardianship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "concern" (
    "id" UUID NOT NULL,
    "client_id" UUID,
    "family_id" UUID,
    "description" TEXT NOT NULL,
    "raised_by_professional_id" UUID,
    "raised_by_client_id" UUID,
    "recorded_by" TEXT NOT NULL,
    "raised_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "raised_on" DATE NOT NULL,
    "service" TEXT NOT NULL,
    "deadline_rule_code" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "organization_id" UUID NOT NULL,
    "team_id" UUID,
    "responsible_professional_id" UUID,
    "status" "ConcernStatus" NOT NULL DEFAULT 'RAISED',
    "meeting_on" DATE,
    "attending_professional_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "attending_client_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "reacted_by" TEXT,
    "reacted_at" TIMESTAMPTZ(3),
    "closed_by" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "closing_note" TEXT,

    CONSTRAINT "concern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_plan" (
    "id" UUID NOT NULL,
    "client_id" UUID,
    "family_id" UUID,
    "goals" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "concern" TEXT NOT NULL,
    "next_action" TEXT NOT NULL,
    "responsible_professional_id" UUID,
    "responsible_client_id" UUID,
    "if_not_done" TEXT NOT NULL,
    "follow_up" TEXT NOT NULL,
    "due_on" DATE NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'OPEN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_review" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "reviewed_on" DATE NOT NULL,
    "findings" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_change" (
    "id" BIGSERIAL NOT NULL,
    "plan_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "agreement_id" UUID,
    "details" JSONB NOT NULL,

    CONSTRAINT "plan_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "client_last_name_first_name_id_idx" ON "client"("last_name", "first_name", "id");

-- CreateIndex
CREATE INDEX "client_birth_date_idx" ON "client"("birth_date");

-- CreateIndex
CREATE UNIQUE INDEX "client_controller_organization_id_temporary_identifier_key" ON "client"("controller_organization_id", "temporary_identifier");

-- CreateIndex
CREATE INDEX "client_relationship_client_id_idx" ON "client_relationship"("client_id");

-- CreateIndex
CREATE INDEX "family_member_client_id_idx" ON "family_member"("client_id");

-- CreateIndex
CREATE INDEX "guardianship_child_client_id_idx" ON "guardianship"("child_client_id");

-- CreateIndex
CREATE INDEX "guardianship_guardian_client_id_idx" ON "guardianship"("guardian_client_id");

-- CreateIndex
CREATE INDEX "concern_client_id_idx" ON "concern"("client_id");

-- CreateIndex
CREATE INDEX "concern_family_id_idx" ON "concern"("family_id");

-- CreateIndex
CREATE INDEX "concern_responsible_professional_id_status_deadline_idx" ON "concern"("responsible_professional_id", "status", "deadline");

-- CreateIndex
CREATE INDEX "concern_team_id_status_deadline_idx" ON "concern"("team_id", "status", "deadline");

-- CreateIndex
CREATE INDEX "concern_organization_id_status_deadline_idx" ON "concern"("organization_id", "status", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "service_plan_client_id_key" ON "service_plan"("client_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_plan_family_id_key" ON "service_plan"("family_id");

-- CreateIndex
CREATE INDEX "agreement_plan_id_idx" ON "agreement"("plan_id");

-- CreateIndex
CREATE INDEX "plan_review_plan_id_idx" ON "plan_review"("plan_id");

-- CreateIndex
CREATE INDEX "plan_change_plan_id_id_idx" ON "plan_change"("plan_id", "id");

-- AddForeignKey
ALTER TABLE "client_relationship" ADD CONSTRAINT "client_relationship_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_member" ADD CONSTRAINT "family_member_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_member" ADD CONSTRAINT "family_member_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement" ADD CONSTRAINT "agreement_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "service_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_review" ADD CONSTRAINT "plan_review_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "service_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_change" ADD CONSTRAINT "plan_change_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "service_plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
