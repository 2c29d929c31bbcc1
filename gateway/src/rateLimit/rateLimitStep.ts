import type { Logger, Viewer } from "@silta/kernel";
import type { GatewayMetrics } from "../observability/gatewayMetrics";
import type { InFlightLimiter } from "./inFlightLimiter";
import type { RateLimiter } from "./rateLimiter";
import { rateLimited, tooManyInFlight } from "./rateLimitRefusal";

/** The client a limit counts: one per viewer, whatever token or instance it comes through. */
export function clientOf(viewer: Viewer): string {
  return `${viewer.kind}:${viewer.id}`;
}

/** Takes one request from the viewer's rate limit; throws the 429 to answer with when it is used up. */
export function rateLimitStep(rateLimiter: RateLimiter, metrics: GatewayMetrics | undefined) {
  return async (viewer: Viewer, requestId: string, log: Logger): Promise<void> => {
    if (!rateLimiter.enabled) return;
    const decision = await rateLimiter.take(clientOf(viewer));
    if (decision.allowed) return;
    metrics?.error("RATE_LIMITED");
    log.info({ store: decision.store }, "rate limit reached");
    throw rateLimited(decision.retryAfterSeconds, requestId);
  };
}

/** Takes one of the viewer's in-flight slots and returns its release; throws the 429 when it has none left. */
export function inFlightStep(inFlight: InFlightLimiter, maxInFlight: number, metrics: GatewayMetrics | undefined) {
  return (viewer: Viewer, requestId: string, log: Logger): (() => void) => {
    const release = inFlight.tryAcquire(clientOf(viewer));
    if (release) return release;
    metrics?.error("RATE_LIMITED");
    log.info({ maxInFlight }, "too many requests in flight for this client");
    throw tooManyInFlight(maxInFlight, requestId);
  };
}
