-- Idempotency keys of retried writes (kernel/src/idempotency, docs/idempotency.md): one row per
-- viewer, mutation field and key, written in the transaction of the change it guards.
CREATE TABLE "idempotency_key" (
    "viewer_id" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "input_hash" TEXT NOT NULL,
    "result_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("viewer_id","field","key")
);
