-- CreateEnum
CREATE TYPE "EpisodeKind" AS ENUM ('INDIVIDUAL', 'COUPLE', 'FAMILY', 'GROUP');

-- CreateEnum
CREATE TYPE "EpisodeClosure" AS ENUM ('PLANNED', 'UNPLANNED');

-- CreateEnum
CREATE TYPE "SessionMode" AS ENUM ('FACE_TO_FACE', 'PHONE', 'VIDEO', 'HOME_VISIT');

-- CreateEnum
CREATE TYPE "Rater" AS ENUM ('CLIENT', 'PARENT', 'GUARDIAN', 'OTHER_PROFESSIONAL');

-- CreateEnum
CREATE TYPE "ReliableChange" AS ENUM ('IMPROVED', 'NO_RELIABLE_CHANGE', 'DETERIORATED');

-- CreateTable
CREATE TABLE "fit_configuration" (
    "version" INTEGER NOT NULL,
    "settings" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "fit_configuration_pkey" PRIMARY KEY ("version")
);

-- CreateTable
CREATE TABLE "episode" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "client_birth_date" DATE,
    "kind" "EpisodeKind" NOT NULL DEFAULT 'INDIVIDUAL',
    "owner_professional_id" UUID NOT NULL,
    "team_id" UUID,
    "unit_id" UUID,
    "organization_id" UUID,
    "service" TEXT,
    "started_on" DATE NOT NULL,
    "ended_on" DATE,
    "closure" "EpisodeClosure",
    "import_source" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "episode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fit_session" (
    "id" UUID NOT NULL,
    "episode_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "mode" "SessionMode" NOT NULL,
    "professional_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fit_session_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "measurement" ALTER COLUMN "total" DROP NOT NULL,
ADD COLUMN "session_id" UUID,
ADD COLUMN "episode_id" UUID,
ADD COLUMN "rater" "Rater" NOT NULL DEFAULT 'CLIENT',
ADD COLUMN "rater_relation" TEXT,
ADD COLUMN "skip_reason" TEXT,
ADD COLUMN "instrument_reason" TEXT,
ADD COLUMN "clinical" BOOLEAN,
ADD COLUMN "cutoff" DECIMAL(3,1),
ADD COLUMN "change_from_intake" DECIMAL(3,1),
ADD COLUMN "reliable_change" "ReliableChange",
ADD COLUMN "srs_alert" BOOLEAN,
ADD COLUMN "config_version" INTEGER,
ADD COLUMN "etr_target" DECIMAL(3,1),
ADD COLUMN "etr_status" TEXT,
ADD COLUMN "effect_size" DECIMAL(5,2),
ADD COLUMN "imported_source" TEXT,
ADD COLUMN "imported_source_version" TEXT;

-- CreateIndex
CREATE INDEX "episode_client_id_idx" ON "episode"("client_id");

-- CreateIndex
CREATE INDEX "episode_owner_professional_id_idx" ON "episode"("owner_professional_id");

-- CreateIndex
CREATE INDEX "episode_team_id_idx" ON "episode"("team_id");

-- CreateIndex
CREATE INDEX "fit_session_episode_id_held_on_idx" ON "fit_session"("episode_id", "held_on");

-- CreateIndex
CREATE INDEX "fit_session_held_on_idx" ON "fit_session"("held_on");

-- CreateIndex
CREATE INDEX "measurement_session_id_idx" ON "measurement"("session_id");

-- CreateIndex
CREATE INDEX "measurement_episode_id_idx" ON "measurement"("episode_id");

-- AddForeignKey
ALTER TABLE "fit_session" ADD CONSTRAINT "fit_session_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "fit_session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The default configuration (version 1): DOMAIN.md's published figures. Changing them means inserting version 2.
INSERT INTO "fit_configuration" ("version", "settings", "created_by") VALUES (1, '{"cutoffs":{"adult":25,"adolescent":25,"child":32},"reliableChange":{"ORS":5,"CORS":10,"YCORS":10},"srsAlert":{"below":36,"drop":1}}', 'migration');
