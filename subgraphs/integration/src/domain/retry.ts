export interface RetryPolicy {
  /** Attempts before a delivery is dead-lettered. */
  maxAttempts: number;
  /** Wait after the first failure, in ms; doubled after each further one. */
  baseDelayMs: number;
  /** Longest wait between two attempts, in ms. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 10_000, maxDelayMs: 3_600_000 };

/** After `attempts` failed attempts: dead, or the wait before the next one (exponential, capped). */
export function afterFailure(policy: RetryPolicy, attempts: number): { dead: true } | { dead: false; delayMs: number } {
  if (attempts >= policy.maxAttempts) return { dead: true };
  return { dead: false, delayMs: Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempts - 1)) };
}
