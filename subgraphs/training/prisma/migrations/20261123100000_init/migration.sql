-- CreateEnum
CREATE TYPE "FitTrainingLevel" AS ENUM ('MANAGEMENT_BRIEFING', 'BASIC', 'ADVANCED', 'TRAINER');

-- CreateTable
CREATE TABLE "course" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "level" "FitTrainingLevel" NOT NULL,
    "provider" TEXT NOT NULL,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_completion" (
    "id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "completed_on" DATE NOT NULL,

    CONSTRAINT "training_completion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "training_completion_professional_id_course_id_completed_on_key" ON "training_completion"("professional_id", "course_id", "completed_on");

-- CreateIndex
CREATE INDEX "training_completion_course_id_idx" ON "training_completion"("course_id");

-- AddForeignKey
ALTER TABLE "training_completion" ADD CONSTRAINT "training_completion_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
