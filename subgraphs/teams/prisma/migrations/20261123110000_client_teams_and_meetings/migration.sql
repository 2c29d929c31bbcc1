-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "OrganizationType" ADD VALUE 'COUNTY_CHILD_PROTECTION';
ALTER TYPE "OrganizationType" ADD VALUE 'COUNTY_FAMILY_CENTRE';
ALTER TYPE "OrganizationType" ADD VALUE 'COUNTY_ADULT_SOCIAL_WORK';
ALTER TYPE "OrganizationType" ADD VALUE 'COUNTY_DISABILITY_SERVICES';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TeamKind" ADD VALUE 'IMPLEMENTATION_GROUP';
ALTER TYPE "TeamKind" ADD VALUE 'EVALUATION_GROUP';

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('NETWORK_MEETING', 'JOINT_MEETING');

-- CreateEnum
CREATE TYPE "MeetingRelation" AS ENUM ('CLIENT', 'PARENT', 'GUARDIAN', 'FOSTER_PARENT', 'SIBLING', 'GRANDPARENT', 'SPOUSE', 'OTHER_RELATIVE', 'OTHER');

-- AlterTable
ALTER TABLE "professional" ADD COLUMN     "unit" TEXT;

-- CreateTable
CREATE TABLE "responsible_worker" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,
    "since" DATE NOT NULL,
    "until" DATE,
    "is_current" BOOLEAN,

    CONSTRAINT "responsible_worker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" UUID NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "client_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "facilitator_id" UUID,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_professional" (
    "meeting_id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,

    CONSTRAINT "meeting_professional_pkey" PRIMARY KEY ("meeting_id","professional_id")
);

-- CreateTable
CREATE TABLE "meeting_family_member" (
    "id" UUID NOT NULL,
    "meeting_id" UUID NOT NULL,
    "relation" "MeetingRelation" NOT NULL,
    "client_id" UUID,

    CONSTRAINT "meeting_family_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_agreement" (
    "meeting_id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,

    CONSTRAINT "meeting_agreement_pkey" PRIMARY KEY ("meeting_id","agreement_id")
);

-- CreateIndex
CREATE INDEX "responsible_worker_client_id_idx" ON "responsible_worker"("client_id");

-- CreateIndex
CREATE INDEX "responsible_worker_professional_id_idx" ON "responsible_worker"("professional_id");

-- CreateIndex
CREATE UNIQUE INDEX "responsible_worker_client_id_is_current_key" ON "responsible_worker"("client_id", "is_current");

-- CreateIndex
CREATE INDEX "meeting_client_id_held_on_idx" ON "meeting"("client_id", "held_on");

-- CreateIndex
CREATE INDEX "meeting_facilitator_id_idx" ON "meeting"("facilitator_id");

-- CreateIndex
CREATE INDEX "meeting_professional_professional_id_idx" ON "meeting_professional"("professional_id");

-- CreateIndex
CREATE INDEX "meeting_family_member_meeting_id_idx" ON "meeting_family_member"("meeting_id");

-- CreateIndex
CREATE INDEX "meeting_agreement_agreement_id_idx" ON "meeting_agreement"("agreement_id");

-- AddForeignKey
ALTER TABLE "responsible_worker" ADD CONSTRAINT "responsible_worker_professional_id_fkey" FOREIGN KEY ("professional_id") REFERENCES "professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_facilitator_id_fkey" FOREIGN KEY ("facilitator_id") REFERENCES "professional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_professional" ADD CONSTRAINT "meeting_professional_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_professional" ADD CONSTRAINT "meeting_professional_professional_id_fkey" FOREIGN KEY ("professional_id") REFERENCES "professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_family_member" ADD CONSTRAINT "meeting_family_member_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_agreement" ADD CONSTRAINT "meeting_agreement_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
