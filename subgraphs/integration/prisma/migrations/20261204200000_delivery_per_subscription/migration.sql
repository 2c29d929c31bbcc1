-- Each subscription is its own queue: one delivery in flight at a time (leased on the subscription,
-- so replicas never send two of its deliveries at once), sent in the order they were queued (seq).

-- AlterTable
ALTER TABLE "webhook_subscription" ADD COLUMN "lease_token" UUID,
ADD COLUMN "leased_until" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "webhook_delivery" ADD COLUMN "seq" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE INDEX "webhook_delivery_subscription_id_status_seq_idx" ON "webhook_delivery"("subscription_id", "status", "seq");
