import type { Timing } from "./latency";
import { isSteady, MOST_WARM_UP_PHASES, warmUntilSteady, warmUpLine } from "./warmUp";

describe("warming a hub up until it is steady", () => {
  it("needs two phases at least, stops when the last fell less than 5 % below the one before, and after six in any case", () => {
    expect(isSteady([])).toBe(false);
    expect(isSteady([12])).toBe(false);
    expect(isSteady([18.8, 14.1])).toBe(false);
    expect(isSteady([18.8, 14.1, 13.5])).toBe(true);
    // Dearer than the phase before (noise) is steady too: nothing is left to fall.
    expect(isSteady([14, 14.6])).toBe(true);
    expect(isSteady([30, 25, 20, 16, 13, 10])).toBe(true);
    expect(MOST_WARM_UP_PHASES).toBe(6);
  });

  const phaseOf = (count: number, failed = 0): Timing[] =>
    Array.from({ length: count }, (_, index) => ({ start: index, end: index + 1, failed: index < failed }));

  it("runs phases until steady, noting each one's CPU per request and the failures", async () => {
    const costs = [1880, 1410, 1350, 1000];
    const phase = jest.fn(async () => phaseOf(100));
    let measured = 0;
    const warmUp = await warmUntilSteady(phase, async (run) => {
      const timings = await run();
      return { timings: measured === 0 ? phaseOf(100, 2) : timings, cpuMs: costs[measured++]! };
    });
    expect(warmUp).toEqual({ cpuPerRequest: [18.8, 14.1, 13.5], requestsPerPhase: 100, failed: 2 });
    expect(phase).toHaveBeenCalledTimes(3);
    expect(warmUpLine(warmUp, 8)).toBe(
      "warmed up with 3 phases of 100 requests at 8 connections, CPU per request 18.8 → 14.1 → 13.5 ms",
    );
  });

  it("stops after six phases of a hub still getting cheaper, and says so", async () => {
    let cost = 3000;
    const warmUp = await warmUntilSteady(
      async () => phaseOf(100),
      async (run) => ({ timings: await run(), cpuMs: (cost *= 0.8) }),
    );
    expect(warmUp.cpuPerRequest).toHaveLength(6);
    expect(warmUpLine(warmUp, 8)).toMatch(/CPU per request 24\.0 → 19\.2 → .* → 7\.9 ms \(still falling after 6 phases\)$/);
  });
});
