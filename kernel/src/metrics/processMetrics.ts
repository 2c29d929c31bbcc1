import { collectDefaultMetrics, type Registry } from "prom-client";

/**
 * How often the event loop's delay is sampled, in ms: once a second is enough to see a loop that is
 * blocked, and a process that waits for requests is not woken 100 times a second for it (prom-client's
 * default is 10 ms).
 */
const EVENT_LOOP_SAMPLE_MS = 1_000;

/** A process's own metrics (CPU, memory, event loop delay), as the gateway and every subgraph collect them. */
export function collectProcessMetrics(registry: Registry): void {
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
}
