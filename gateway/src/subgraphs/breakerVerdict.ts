import type { CircuitBreaker } from "./circuitBreaker";
import type { SubgraphCallError } from "./subgraphCallError";

/**
 * What a failed call tells the subgraph's circuit breaker. A hang-up says nothing of the subgraph;
 * a 4xx is the gateway's own fault (a refused viewer means a secret mismatch), so the subgraph is
 * healthy; a refused connection is the subgraph's state, counted every time; a timeout or 5xx may
 * be the caller's own operation, counted once per caller (`caller`, undefined for the gateway's
 * own calls).
 */
export function recordFailure(breaker: CircuitBreaker, failure: SubgraphCallError, caller: string | undefined): void {
  if (failure.reason === "abandoned") return breaker.abandoned();
  if (failure.reason === "http" && (failure.status ?? 500) < 500) return breaker.succeeded();
  breaker.failed(failure.reason === "unreachable" ? undefined : caller);
}
