import { performance } from "node:perf_hooks";

/** One timed call: when it started and ended (performance.now()), and whether it went wrong. */
export interface Timing {
  start: number;
  end: number;
  failed: boolean;
}

export const durationOf = (timing: Timing) => timing.end - timing.start;

/** `count` calls one after the other. */
export async function sequential(count: number, call: () => Promise<boolean>): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (let i = 0; i < count; i += 1) timings.push(await timed(call));
  return timings;
}

/** `count` calls with `connections` of them in flight at any time. */
export async function concurrent(count: number, connections: number, call: () => Promise<boolean>): Promise<Timing[]> {
  const timings: Timing[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) {
        next += 1;
        timings.push(await timed(call));
      }
    }),
  );
  return timings;
}

async function timed(call: () => Promise<boolean>): Promise<Timing> {
  const start = performance.now();
  const ok = await call().catch(() => false);
  return { start, end: performance.now(), failed: !ok };
}

/** The `q` quantile (0–1) of the values, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString("en-US")} ms`;
}

/** A share (0–1) as the benchmarks print it: whole percent. */
export const percent = (share: number): string => `${Math.round(share * 100)} %`;
