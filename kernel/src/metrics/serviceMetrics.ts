import { Histogram, Registry } from "prom-client";
import type { DecisionCallKind, DecisionCallMetrics, DecisionCallOutcome } from "../access/decisionCallTiming";
import { collectProcessMetrics } from "./processMetrics";

/** Seconds, from a decision on kept facts (a few ms) to the call's 5 s timeout. */
const DECISION_CALL_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * One subgraph process's Prometheus metrics, in a registry of its own (two services in one process,
 * as in tests, never share counters), served at its `/metrics` behind the metrics token: the
 * process's own (CPU, memory, event loop delay) and its access decision calls. The consents service
 * adds what it decides, logs and seals (subgraphs/consents/src/access/accessMetrics.ts). No label
 * holds a viewer, a client or anything a caller chose: every value is one of the fixed sets named
 * in the types.
 */
export class ServiceMetrics implements DecisionCallMetrics {
  readonly registry = new Registry();
  readonly #decisionCalls = new Histogram({
    name: "silta_access_decision_call_seconds",
    help: "Access decision calls to the consents service (decided and logged there before they answer), retries included, by call (decide: a batch of reads; visible: a list's window) and outcome (answered, stopped: the request was over, failed).",
    labelNames: ["call", "outcome"],
    buckets: DECISION_CALL_BUCKETS,
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectProcessMetrics(this.registry);
  }

  decisionCall(call: DecisionCallKind, outcome: DecisionCallOutcome, seconds: number): void {
    this.#decisionCalls.observe({ call, outcome }, seconds);
  }
}
