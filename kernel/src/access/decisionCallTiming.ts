import { performance } from "node:perf_hooks";
import { currentDeadline } from "../db/requestDeadline";
import { AccessDecisionStopped } from "./accessDecisionStopped";

/** The two calls a subgraph makes to the consents service: a batch of reads, or a list's window (`/visible`). */
export type DecisionCallKind = "decide" | "visible";

/** How one access decision call ended, as the subgraph that made it saw it. */
export type DecisionCallOutcome =
  /** The consents service decided and wrote the log entries. */
  | "answered"
  /** The request it was for ran out of time or its caller went away (the data is withheld). */
  | "stopped"
  /** No usable answer: a timeout, a refused or failed call, an answer of the wrong shape (withheld too). */
  | "failed";

/** Where decision calls are counted: `ServiceMetrics` (`silta_access_decision_call_seconds`). */
export interface DecisionCallMetrics {
  decisionCall(call: DecisionCallKind, outcome: DecisionCallOutcome, seconds: number): void;
}

/**
 * Runs one decision call and counts how long it took and how it ended. Without `metrics`, only runs
 * it: the embedded hub and the tests' policies count nothing.
 */
export async function timedDecisionCall<T>(
  metrics: DecisionCallMetrics | undefined,
  call: DecisionCallKind,
  run: () => Promise<T>,
): Promise<T> {
  if (!metrics) return run();
  const started = performance.now();
  let outcome: DecisionCallOutcome = "failed";
  try {
    const answer = await run();
    outcome = "answered";
    return answer;
  } catch (error) {
    if (error instanceof AccessDecisionStopped || currentDeadline()?.expired()) outcome = "stopped";
    throw error;
  } finally {
    metrics.decisionCall(call, outcome, (performance.now() - started) / 1000);
  }
}
