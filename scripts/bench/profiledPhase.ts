import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { subgraphs } from "../subgraphs";
import { summarizeCpuProfile } from "./cpuProfileSummary";
import type { Timing } from "./latency";
import type { ServersHub } from "./serversHub";
import type { Sql } from "@silta/kernel";

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
export function profiled(hub: ServersHub, dir: string, phase: number, sql: Sql, onPostgresCpu: (ms: number) => void) {
  return async (run: () => Promise<Timing[]>): Promise<Timing[]> => {
    const before = await postgresCpu(sql);
    hub.toggleCpuProfiles();
    // The profilers start on a signal: give them a moment before the first request.
    await new Promise((done) => setTimeout(done, 300));
    const timings = await run();
    hub.toggleCpuProfiles();
    const after = await postgresCpu(sql);
    onPostgresCpu([...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0));
    const deadline = Date.now() + 30_000;
    while (!processes.every((name) => existsSync(profileFile(dir, name, phase))) && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 200));
    return timings;
  };
}

/** Per process: CPU per request of the profiled phase, then where it went (by origin and by function). */
export function printProfiles(dir: string, phase: number, requests: number, postgresMs: number): void {
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
  console.log(`    PostgreSQL, the backends on this database: ${(postgresMs / requests).toFixed(2)} ms CPU per request`);
}

const file = (dir: string, phase: number) => join(resolve(dir), `*-${phase}.cpuprofile`);

/**
 * CPU milliseconds so far of every PostgreSQL backend on the hub's database, by process id, from
 * /proc (the server runs on this machine): the subgraphs' pools keep their connections, so the
 * difference over a phase is what its statements cost the server. Other databases' work is not in it.
 */
async function postgresCpu(sql: Sql): Promise<Map<number, number>> {
  const rows = await sql.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      // Fields 14 and 15 of /proc/<pid>/stat (after the command in parentheses): user and system time in ticks.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // Gone meanwhile, or not on this machine: not counted.
    }
  }
  return cpu;
}

/** Linux's USER_HZ (`getconf CLK_TCK`), 100 on every platform Node runs on. */
const TICKS_PER_SECOND = 100;
