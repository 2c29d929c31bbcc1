-- CreateEnum
CREATE TYPE "OrganizationType" AS ENUM ('COUNTY_SOCIAL_SERVICES', 'COUNTY_HEALTH_CARE', 'MUNICIPAL_EDUCATION', 'EARLY_CHILDHOOD_EDUCATION', 'EMPLOYMENT_SERVICES', 'KELA', 'PARISH', 'NGO');

-- CreateEnum
CREATE TYPE "TeamKind" AS ENUM ('CLIENT_TEAM', 'AREA_TEAM', 'FAMILY_CENTRE_TEAM', 'STEERING_GROUP');

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganizationType" NOT NULL,
    "business_id" TEXT,
    "is_county_organization" BOOLEAN NOT NULL,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "professional" (
    "id" UUID NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "profession" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "professional_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TeamKind" NOT NULL,

    CONSTRAINT "team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_membership" (
    "id" UUID NOT NULL,
    "team_id" UUID NOT NULL,
    "professional_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "since" DATE NOT NULL,
    "until" DATE,

    CONSTRAINT "team_membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_client" (
    "team_id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "since" DATE NOT NULL,
    "until" DATE,

    CONSTRAINT "team_client_pkey" PRIMARY KEY ("team_id","client_id")
);

-- CreateIndex
CREATE INDEX "professional_organization_id_idx" ON "professional"("organization_id");

-- CreateIndex
CREATE INDEX "team_membership_team_id_idx" ON "team_membership"("team_id");

-- CreateIndex
CREATE INDEX "team_membership_professional_id_idx" ON "team_membership"("professional_id");

-- CreateIndex
CREATE INDEX "team_client_client_id_idx" ON "team_client"("client_id");

-- AddForeignKey
ALTER TABLE "professional" ADD CONSTRAINT "professional_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_membership" ADD CONSTRAINT "team_membership_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_membership" ADD CONSTRAINT "team_membership_professional_id_fkey" FOREIGN KEY ("professional_id") REFERENCES "professional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_client" ADD CONSTRAINT "team_client_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
