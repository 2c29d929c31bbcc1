-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('IN_HOUSE', 'PURCHASED');

-- AlterTable
ALTER TABLE "course" ADD COLUMN     "provider_kind" "ProviderKind" NOT NULL DEFAULT 'IN_HOUSE',
ALTER COLUMN "level" DROP NOT NULL;

-- AlterTable
ALTER TABLE "training_completion" ADD COLUMN     "attended" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "certificate" TEXT,
ADD COLUMN     "completed" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "event_id" UUID;

-- CreateTable
CREATE TABLE "training_event" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "place" TEXT,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER NOT NULL,

    CONSTRAINT "training_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_event_trainer" (
    "event_id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,

    CONSTRAINT "training_event_trainer_pkey" PRIMARY KEY ("event_id","professional_id")
);

-- CreateTable
CREATE TABLE "enrollment" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,
    "enrolled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "enrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trainer" (
    "professional_id" UUID NOT NULL,
    "qualified_since" DATE NOT NULL,
    "qualified_until" DATE,

    CONSTRAINT "trainer_pkey" PRIMARY KEY ("professional_id")
);

-- CreateTable
CREATE TABLE "rollout_unit" (
    "unit_id" UUID NOT NULL,
    "service" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "is_target" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "rollout_unit_pkey" PRIMARY KEY ("unit_id")
);

-- CreateTable
CREATE TABLE "staff_member" (
    "professional_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "unit_id" UUID,
    "active" BOOLEAN NOT NULL,
    "as_of" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_member_pkey" PRIMARY KEY ("professional_id")
);

-- CreateTable
CREATE TABLE "fit_activity" (
    "professional_id" UUID NOT NULL,
    "measured_on" DATE NOT NULL,
    "measurements" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "fit_activity_pkey" PRIMARY KEY ("professional_id","measured_on")
);

-- CreateIndex
CREATE INDEX "training_event_course_id_idx" ON "training_event"("course_id");

-- CreateIndex
CREATE INDEX "training_event_date_idx" ON "training_event"("date");

-- CreateIndex
CREATE INDEX "training_event_trainer_professional_id_idx" ON "training_event_trainer"("professional_id");

-- CreateIndex
CREATE INDEX "enrollment_professional_id_idx" ON "enrollment"("professional_id");

-- CreateIndex
CREATE UNIQUE INDEX "enrollment_event_id_professional_id_key" ON "enrollment"("event_id", "professional_id");

-- CreateIndex
CREATE INDEX "staff_member_organization_id_idx" ON "staff_member"("organization_id");

-- CreateIndex
CREATE INDEX "staff_member_unit_id_idx" ON "staff_member"("unit_id");

-- CreateIndex
CREATE INDEX "fit_activity_measured_on_idx" ON "fit_activity"("measured_on");

-- CreateIndex
CREATE INDEX "training_completion_event_id_idx" ON "training_completion"("event_id");

-- AddForeignKey
ALTER TABLE "training_event" ADD CONSTRAINT "training_event_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_event_trainer" ADD CONSTRAINT "training_event_trainer_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "training_event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollment" ADD CONSTRAINT "enrollment_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "training_event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_completion" ADD CONSTRAINT "training_completion_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "training_event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the database keeps too (Prisma cannot declare CHECK constraints): no completion without attendance, capacity at least one.
ALTER TABLE "training_completion" ADD CONSTRAINT "training_completion_attendance_check" CHECK ("attended" OR NOT "completed");
ALTER TABLE "training_event" ADD CONSTRAINT "training_event_capacity_check" CHECK ("capacity" >= 1);
