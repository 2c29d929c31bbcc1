import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { subgraphs } from "../subgraphs";
import { summarizeCpuProfile } from "./cpuProfileSummary";
import type { Timing } from "./latency";
import type { ServersHub } from "./serversHub";

/** The hub's processes, as their profiles are named. */
const processes = [...subgraphs.map(({ name }) => name), "gateway"];

export async function profileDirectory(dir: string): Promise<string> {
  const absolute = resolve(dir);
  await mkdir(absolute, { recursive: true });
  return absolute;
}

const profileFile = (dir: string, name: string, phase: number) => join(resolve(dir), `${name}-${phase}.cpuprofile`);

/**
 * Runs a phase with every process of the hub profiling it (the `phase`-th profile each writes), and
 * waits until all profiles are written (at most 30 s).
 */
export function profiled(hub: ServersHub, dir: string, phase: number) {
  return async (run: () => Promise<Timing[]>): Promise<Timing[]> => {
    hub.toggleCpuProfiles();
    // The profilers start on a signal: give them a moment before the first request.
    await new Promise((done) => setTimeout(done, 300));
    const timings = await run();
    hub.toggleCpuProfiles();
    const deadline = Date.now() + 30_000;
    while (!processes.every((name) => existsSync(profileFile(dir, name, phase))) && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 200));
    return timings;
  };
}

/** Per process: CPU per request of the profiled phase, then where it went (by origin and by function). */
export function printProfiles(dir: string, phase: number, requests: number): void {
  let total = 0;
  for (const name of processes) {
    const file = profileFile(dir, name, phase);
    if (!existsSync(file)) {
      console.log(`    ${name}: no profile`);
      continue;
    }
    const summary = summarizeCpuProfile(file, 12);
    total += summary.busyMs;
    const perRequest = (value: number) => (value / requests).toFixed(2);
    console.log(
      `    ${name}: ${perRequest(summary.busyMs)} ms CPU per request (${summary.busyMs.toFixed(0)} ms in ${summary.spanMs.toFixed(0)} ms)`,
    );
    console.log(`      by origin: ${summary.byOrigin.map(([origin, value]) => `${origin} ${perRequest(value)}`).join(", ")}`);
    for (const [fn, value] of summary.topFunctions) console.log(`      ${perRequest(value).padStart(6)}  ${fn}`);
  }
  console.log(`    all Node processes: ${(total / requests).toFixed(2)} ms CPU per request (${file(dir, phase)})`);
}

const file = (dir: string, phase: number) => join(resolve(dir), `*-${phase}.cpuprofile`);
