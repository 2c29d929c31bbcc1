/**
 * The header on each gateway → subgraph call: how many milliseconds the gateway will still wait
 * for this answer. The subgraph stops its database work by then, so it answers a clear error in
 * time instead of working on for a caller that has gone.
 */
export const DEADLINE_HEADER = "x-silta-deadline-ms";

/**
 * Milliseconds kept back for the answer's way back to the gateway: a fifth of the wait, within these
 * bounds. A subgraph under load needs a few hundred milliseconds to cancel its statement and answer;
 * with less, the gateway gives up first and the caller gets a vaguer timeout.
 */
const MIN_ANSWER_MARGIN_MS = 50;
const MAX_ANSWER_MARGIN_MS = 500;

/**
 * Gateway side: the budget to announce for a call the gateway will wait `remainingMs` for. A margin
 * is kept back so the subgraph's own answer (SERVICE_UNAVAILABLE at the deadline) still reaches the
 * gateway before it gives up on the call.
 */
export function deadlineForCall(remainingMs: number): number {
  const margin = Math.min(MAX_ANSWER_MARGIN_MS, Math.max(MIN_ANSWER_MARGIN_MS, remainingMs / 5));
  return Math.max(0, Math.floor(remainingMs - margin));
}

/**
 * Subgraph side: the budget a request gets. The header can only shorten the subgraph's own
 * maximum, never lengthen it: whoever sends it (the gateway, or anyone replaying a signed viewer)
 * cannot lift the limit. A missing, repeated or malformed header means the maximum.
 */
export function budgetFromHeader(header: string | string[] | undefined, maxMs: number): number {
  if (typeof header !== "string" || !/^\d{1,9}$/.test(header.trim())) return maxMs;
  return Math.min(Number(header.trim()), maxMs);
}
