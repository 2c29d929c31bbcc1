import type { ReadinessCheck } from "@silta/kernel/http";

const LIVENESS_TIMEOUT_MS = 1_500;

/**
 * One thing `/health/ready` looks at. A `required` check failing makes the gateway unready (503:
 * no supergraph, nothing can be served); any other failing check is a dependency the gateway
 * works around (a subgraph's fields answer SUBGRAPH_UNAVAILABLE, Redis falls back to this
 * instance), reported with the gateway still ready (200, `degraded`).
 */
export interface GatewayHealthCheck extends ReadinessCheck {
  required: boolean;
}

export type CheckState = "ok" | "failing";

export interface HealthReport {
  /** `ready` and `degraded` answer 200, `not ready` 503. */
  status: "ready" | "degraded" | "not ready";
  checks: Record<string, CheckState>;
  /** Why each failing check failed: only in `/health/detail`, which is not public (it may name hosts). */
  reasons: Record<string, string>;
}

/** Runs every check at once, each bounded by `timeoutMs`. */
export async function healthReport(checks: readonly GatewayHealthCheck[], timeoutMs: number): Promise<HealthReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check, required }) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          check(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
        return { name, required, reason: undefined };
      } catch (error) {
        return { name, required, reason: error instanceof Error ? error.message : String(error) };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const failing = results.filter((result) => result.reason !== undefined);
  return {
    status: failing.some((result) => result.required) ? "not ready" : failing.length > 0 ? "degraded" : "ready",
    checks: Object.fromEntries(results.map(({ name, reason }) => [name, reason === undefined ? "ok" : "failing"])),
    reasons: Object.fromEntries(failing.map(({ name, reason }) => [name, reason!])),
  };
}

/** A subgraph's liveness endpoint: same origin as its GraphQL URL, path `/health/live`. */
export function livenessUrlOf(subgraphUrl: string): string {
  return new URL("/health/live", subgraphUrl).toString();
}

/** Passes while the subgraph's `/health/live` answers 2xx; not required, since partial results keep working. */
export function subgraphHealth(name: string, subgraphUrl: string): GatewayHealthCheck {
  const url = livenessUrlOf(subgraphUrl);
  return {
    name: `subgraph ${name}`,
    required: false,
    async check() {
      const response = await fetch(url, { signal: AbortSignal.timeout(LIVENESS_TIMEOUT_MS) });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`${name} liveness answered HTTP ${response.status}`);
    },
  };
}
