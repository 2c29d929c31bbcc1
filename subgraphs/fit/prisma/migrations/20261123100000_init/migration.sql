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
