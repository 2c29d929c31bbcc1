export * from "./idempotencyKey";
export * from "./IdempotencyClaim";
export * from "./idempotentMutation";
export * from "./idempotencySql";
export * from "./retryOnceOnUniqueViolation";
export * from "./replayById";
export * from "./sameOrConflict";
