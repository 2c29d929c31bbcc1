import type { DeadlineReason } from "../db/requestDeadline";

/**
 * A decision not made because the request it was for ran out of time or was abandoned: the guard
 * still fails closed, and its ACCESS_DECISION_UNAVAILABLE says why.
 */
export class AccessDecisionStopped extends Error {
  constructor(readonly reason: DeadlineReason) {
    super(`access decision stopped: the request's ${reason === "deadline" ? "deadline passed" : "caller went away"}`);
  }
}
