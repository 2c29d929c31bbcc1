import { SubgraphCallError } from "./subgraphCallError";

export interface RetryBudget {
  /** The whole call's timeout, every attempt included, in ms. */
  timeoutMs: number;
  /** Attempts after the first: 0 for a mutation, which must never be sent twice. */
  retries: number;
  /** When the call started (`performance.now()`). */
  started: number;
}

/**
 * Runs `attempt` with the time left of the call's timeout, again after a failure marked retryable
 * (a connection error, a 502/503/504) while retries and time remain. One timeout bounds the whole
 * call, so retries never lengthen what the caller waits.
 */
export async function retryWithinTimeout<T>(budget: RetryBudget, attempt: (remainingMs: number) => Promise<T>): Promise<T> {
  for (let tried = 0; ; tried += 1) {
    const remaining = budget.timeoutMs - (performance.now() - budget.started);
    if (remaining <= 0) throw new SubgraphCallError("timeout", `no answer within ${budget.timeoutMs} ms`, false);
    try {
      return await attempt(remaining);
    } catch (error) {
      if (!(error instanceof SubgraphCallError) || !error.retryable || tried >= budget.retries) throw error;
    }
  }
}
