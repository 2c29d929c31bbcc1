import type { Timing } from "./latency";

/** How a view's hub was brought to its steady state before it was measured. */
export interface WarmUp {
  /** The CPU per request (ms, the hub's processes and PostgreSQL) of each warm-up phase, in order. */
  cpuPerRequest: number[];
  requestsPerPhase: number;
  /** Warm-up requests that went wrong (counted with the view's failures). */
  failed: number;
}

/** A phase counts as steady when its CPU per request fell less than this fraction below the phase before. */
export const STEADY_FALL = 0.05;
/** At least two phases (one to compare with), at most this many: a hub still falling after it is reported as it is. */
export const MOST_WARM_UP_PHASES = 6;

/**
 * Whether the warm-up may stop: a freshly started hub's first requests run cold code (V8 compiles
 * a function for speed only after many calls; the caseload's CPU per request fell from 19–31 ms in
 * a new hub's first phase to 11–16 ms after 1,500–2,000 requests, twenty-second sitting), so phases
 * go on until one costs about what the one before did, or the most phases were run.
 */
export function isSteady(cpuPerRequest: readonly number[]): boolean {
  return cpuPerRequest.length >= MOST_WARM_UP_PHASES || lastFellLittle(cpuPerRequest);
}

/** Whether the last phase's CPU per request fell less than {@link STEADY_FALL} below the one before. */
function lastFellLittle(cpuPerRequest: readonly number[]): boolean {
  if (cpuPerRequest.length < 2) return false;
  const [before, last] = cpuPerRequest.slice(-2) as [number, number];
  return last >= before * (1 - STEADY_FALL);
}

/**
 * Runs the view's loaded phase, unmeasured, until the hub is steady ({@link isSteady}). `measure`
 * runs one phase and gives its timings and the CPU milliseconds it cost the hub.
 */
export async function warmUntilSteady(
  phase: () => Promise<Timing[]>,
  measure: (run: () => Promise<Timing[]>) => Promise<{ timings: Timing[]; cpuMs: number }>,
): Promise<WarmUp> {
  const cpuPerRequest: number[] = [];
  let requestsPerPhase = 0;
  let failed = 0;
  while (!isSteady(cpuPerRequest)) {
    const { timings, cpuMs } = await measure(phase);
    requestsPerPhase = timings.length;
    failed += timings.filter((timing) => timing.failed).length;
    cpuPerRequest.push(timings.length > 0 ? cpuMs / timings.length : Number.NaN);
  }
  return { cpuPerRequest, requestsPerPhase, failed };
}

/** One line of the notes: how many phases of how many requests, and their CPU per request. */
export function warmUpLine(warmUp: WarmUp, connections: number): string {
  return (
    `warmed up with ${warmUp.cpuPerRequest.length} phases of ${warmUp.requestsPerPhase} requests at ${connections} connections, ` +
    `CPU per request ${warmUp.cpuPerRequest.map((value) => value.toFixed(1)).join(" → ")} ms` +
    (lastFellLittle(warmUp.cpuPerRequest) ? "" : ` (still falling after ${warmUp.cpuPerRequest.length} phases)`)
  );
}
