import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { collectProcessMetrics } from "@silta/kernel";
import type { BreakerState } from "../subgraphs/circuitBreaker";

/** Operation names are chosen by callers: past this many distinct ones, the rest count as `other`. */
const MAX_OPERATION_LABELS = 200;
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const breakerValue: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * The gateway's Prometheus metrics, in a registry of its own (so two gateways in one process,
 * as in tests, never share counters). Served at `/metrics`.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly #operations = new Set<string>();
  readonly #requests = new Counter({
    name: "silta_gateway_requests_total",
    help: "GraphQL requests answered, by operation name and HTTP status.",
    labelNames: ["operation", "status"],
    registers: [this.registry],
  });
  readonly #errors = new Counter({
    name: "silta_gateway_errors_total",
    help: "Errors returned to callers, by code.",
    labelNames: ["code"],
    registers: [this.registry],
  });
  readonly #duration = new Histogram({
    name: "silta_gateway_request_duration_seconds",
    help: "Time from receiving a GraphQL request to the end of its answer, by operation name.",
    labelNames: ["operation"],
    buckets: BUCKETS,
    registers: [this.registry],
  });
  readonly #subgraphDuration = new Histogram({
    name: "silta_gateway_subgraph_request_duration_seconds",
    help: "Duration of subgraph calls, retries included, by subgraph and outcome.",
    labelNames: ["subgraph", "outcome"],
    buckets: BUCKETS,
    registers: [this.registry],
  });
  readonly #breaker = new Gauge({
    name: "silta_gateway_circuit_breaker_state",
    help: "Circuit breaker state per subgraph: 0 closed, 1 half-open, 2 open.",
    labelNames: ["subgraph"],
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectProcessMetrics(this.registry);
  }

  operationLabel(name: string | undefined | null): string {
    if (!name) return "anonymous";
    if (this.#operations.has(name)) return name;
    if (this.#operations.size >= MAX_OPERATION_LABELS || !/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name)) return "other";
    this.#operations.add(name);
    return name;
  }

  request(operation: string, status: number, seconds: number): void {
    this.#requests.inc({ operation, status: String(status) });
    this.#duration.observe({ operation }, seconds);
  }

  error(code: string): void {
    this.#errors.inc({ code });
  }

  subgraphCall(subgraph: string, outcome: string, seconds: number): void {
    this.#subgraphDuration.observe({ subgraph, outcome }, seconds);
  }

  breakerState(subgraph: string, state: BreakerState): void {
    this.#breaker.set({ subgraph }, breakerValue[state]);
  }
}
