import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Sql } from "@silta/kernel";
import { subgraphs } from "../subgraphs";
import { summarizeCpuProfile } from "./cpuProfileSummary";
import { machineShares, machineTimeNow } from "./machineTime";
import { percent, type Timing } from "./latency";
import type { ServersHub } from "./serversHub";

/** The hub's processes, as their profiles are named. */
const processes = [...subgraphs.map(({ name }) => name), "gateway"];

/** CPU milliseconds one phase cost each process of the hub, and PostgreSQL's backends on its database. */
export interface PhaseCpu {
  byProcess: Map<string, number>;
  postgres: number;
  /**
   * This benchmark's own process (the callers, parsing every answer, and the decision timer's relay):
   * not the hub's cost, but it takes the same two cores while the hub serves, so a p95 under load
   * is read beside it. Undefined where the phase did not note it.
   */
  benchmark?: number;
  /** The machine's cores during the phase (/proc/stat): idle, and stolen by the host. Undefined where not read. */
  machine?: { idle: number; steal: number };
}

export async function profileDirectory(dir: string): Promise<string> {
  const absolute = resolve(dir);
  await mkdir(absolute, { recursive: true });
  return absolute;
}

const profileFile = (dir: string, name: string, phase: number) => join(resolve(dir), `${name}-${phase}.cpuprofile`);

/**
 * Runs a phase noting the CPU time (from /proc, so what the processes really used, whatever the
 * machine's load) of every process of the hub and of PostgreSQL's backends on its database, into
 * `into`. With `profileDir`, every process also profiles the phase (the `phase`-th profile each
 * writes), and it waits until all profiles are written (at most 30 s).
 */
export function measuredPhase(hub: ServersHub, sql: Sql, into: PhaseCpu, profile?: { dir: string; phase: number }) {
  return async (run: () => Promise<Timing[]>): Promise<Timing[]> => {
    const postgresBefore = await postgresCpu(sql);
    if (profile) {
      hub.toggleCpuProfiles();
      // The profilers start on a signal: give them a moment before the first request.
      await new Promise((done) => setTimeout(done, 300));
    }
    const nodeBefore = cpuOf(hub.processIds());
    const ownBefore = process.cpuUsage();
    const machineBefore = machineTimeNow();
    const timings = await run();
    const machineAfter = machineTimeNow();
    const own = process.cpuUsage(ownBefore);
    const nodeAfter = cpuOf(hub.processIds());
    const postgresAfter = await postgresCpu(sql);
    into.byProcess = new Map([...nodeAfter].map(([name, ms]) => [name, ms - (nodeBefore.get(name) ?? ms)]));
    into.postgres = [...postgresAfter].reduce((sum, [pid, ms]) => sum + ms - (postgresBefore.get(pid) ?? ms), 0);
    into.benchmark = (own.user + own.system) / 1000;
    into.machine = machineBefore && machineAfter ? machineShares(machineBefore, machineAfter) : undefined;
    if (profile) {
      hub.toggleCpuProfiles();
      const deadline = Date.now() + 30_000;
      while (!processes.every((name) => existsSync(profileFile(profile.dir, name, profile.phase))) && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 200));
    }
    return timings;
  };
}

/** What the phase cost the hub: every process and PostgreSQL's backends, ms. */
export const hubCpuMs = (cpu: PhaseCpu): number => [...cpu.byProcess.values()].reduce((sum, ms) => sum + ms, cpu.postgres);

/** Runs a phase and gives its timings with what it cost the hub ({@link hubCpuMs}): a warm-up's measure. */
export function hubCpuOf(hub: ServersHub, sql: Sql) {
  return async (run: () => Promise<Timing[]>): Promise<{ timings: Timing[]; cpuMs: number }> => {
    const cpu: PhaseCpu = { byProcess: new Map(), postgres: 0 };
    const timings = await measuredPhase(hub, sql, cpu)(run);
    return { timings, cpuMs: hubCpuMs(cpu) };
  };
}

/**
 * One line: the CPU per request of each process and of PostgreSQL during the phase at 8 connections,
 * their sum, and apart from it what the benchmark's own process took meanwhile and how much of the
 * machine's core time was idle or stolen by the host (a phase with a large steal ran on a busy host).
 */
export function phaseCpuLine(cpu: PhaseCpu, requests: number): string {
  const perRequest = (ms: number) => (ms / requests).toFixed(1);
  const parts = [...cpu.byProcess].filter(([, ms]) => ms / requests >= 0.05).map(([name, ms]) => `${name} ${perRequest(ms)}`);
  const total = hubCpuMs(cpu);
  const benchmark = cpu.benchmark === undefined ? "" : `; the benchmark's own process ${perRequest(cpu.benchmark)}, not in all`;
  const machine = cpu.machine
    ? `; the machine's cores ${percent(cpu.machine.idle)} idle, ${percent(cpu.machine.steal)} stolen by the host`
    : "";
  return `CPU per request in the loaded phase (/proc, ms): ${parts.join(", ")}, PostgreSQL ${perRequest(cpu.postgres)}; all ${perRequest(total)}${benchmark}${machine}`;
}

/** Per process: where the profiled phase's time went (by origin and by function), per request. */
export function profileLines(dir: string, phase: number, requests: number): string[] {
  const lines: string[] = [];
  for (const name of processes) {
    const file = profileFile(dir, name, phase);
    if (!existsSync(file)) {
      lines.push(`  ${name}: no profile`);
      continue;
    }
    const summary = summarizeCpuProfile(file, 12);
    if (summary.busyMs / requests < 0.5) continue;
    const perRequest = (value: number) => (value / requests).toFixed(2);
    // Sampled time, not CPU time: a sample waiting for a CPU counts too, so it grows with the machine's load.
    lines.push(`  ${name}: ${perRequest(summary.busyMs)} ms sampled per request (profile ${file})`);
    lines.push(`    by origin: ${summary.byOrigin.map(([origin, value]) => `${origin} ${perRequest(value)}`).join(", ")}`);
    for (const [fn, value] of summary.topFunctions) lines.push(`    ${perRequest(value).padStart(6)}  ${fn}`);
  }
  return lines;
}

/** CPU milliseconds so far of each process, from /proc/<pid>/stat (user and system time). */
function cpuOf(pids: Map<string, number>): Map<string, number> {
  const cpu = new Map<string, number>();
  for (const [name, pid] of pids) {
    const ms = processCpuMs(pid);
    if (ms !== undefined) cpu.set(name, ms);
  }
  return cpu;
}

/**
 * CPU milliseconds so far of every PostgreSQL backend on the hub's database, by process id, from
 * /proc (the server runs on this machine): the subgraphs' pools keep their connections, so the
 * difference over a phase is what its statements cost the server. Other databases' work is not in it.
 */
async function postgresCpu(sql: Sql): Promise<Map<number, number>> {
  const rows = await sql.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = processCpuMs(pid);
    if (ms !== undefined) cpu.set(pid, ms);
  }
  return cpu;
}

function processCpuMs(pid: number): number | undefined {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the command in parentheses): user and system time in ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    // Gone meanwhile, or not on this machine: not counted.
    return undefined;
  }
}

/** Linux's USER_HZ (`getconf CLK_TCK`), 100 on every platform Node runs on. */
const TICKS_PER_SECOND = 100;
