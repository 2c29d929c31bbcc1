-- CreateTable
CREATE TABLE "client" (
    "id" UUID NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "birth_date" DATE,
    "language" TEXT NOT NULL DEFAULT 'fi',
    "controller_organization_id" UUID NOT NULL,
    "identity_code_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "client_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "client_identity_code_hash_key" ON "client"("identity_code_hash");
