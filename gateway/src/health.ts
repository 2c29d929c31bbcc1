import type { ReadinessCheck } from "@silta/kernel";

const LIVENESS_TIMEOUT_MS = 1_500;

/** A subgraph's liveness endpoint: same origin as its GraphQL URL, path `/health/live`. */
export function livenessUrlOf(subgraphUrl: string): string {
  return new URL("/health/live", subgraphUrl).toString();
}

/** Ready only while the subgraph's `/health/live` answers 2xx. */
export function subgraphReadiness(name: string, subgraphUrl: string): ReadinessCheck {
  const url = livenessUrlOf(subgraphUrl);
  return {
    name: `subgraph ${name}`,
    async check() {
      const response = await fetch(url, { signal: AbortSignal.timeout(LIVENESS_TIMEOUT_MS) });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`${name} liveness answered HTTP ${response.status}`);
    },
  };
}
