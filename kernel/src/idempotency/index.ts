/**
 * `@silta/kernel/idempotency`: retried writes (docs/idempotency.md). Platform, not a feature: the
 * kernel's server reads the Idempotency-Key header into every request's scope, and the key table is
 * a platform migration (kernel/migrations) in every subgraph's schema. A subgraph wraps a mutation
 * in `idempotentMutation` and claims the key in its store's transaction (`withIdempotency`,
 * `idempotencySql`); writes by a caller-chosen id answer the same record or CONFLICT
 * (`sameOrConflict`, `retryOnceOnUniqueViolation`, `replayById`).
 */
export { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey } from "./idempotencyKey";
export { IdempotencyClaim, withIdempotency } from "./IdempotencyClaim";
export { idempotentMutation } from "./idempotentMutation";
export { idempotencySql } from "./idempotencySql";
export { sameOrConflict } from "./sameOrConflict";
export { retryOnceOnUniqueViolation } from "./retryOnceOnUniqueViolation";
export { replayById, type Replay } from "./replayById";
