import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Sql } from "@silta/kernel";
import { ArgumentError } from "../cliArguments";
import type { View } from "./everydayViews";
import { errorCodes, GraphqlCaller } from "./graphqlCaller";
import { concurrent, durationOf, ms, percent, quantile } from "./latency";
import { hubCpuMs, hubCpuOf, measuredPhase, type PhaseCpu } from "./profiledPhase";
import { warmUntilSteady } from "./warmUp";
import type { ServersHub, ServersHubOptions } from "./serversHub";

/**
 * Two hubs on one database, measured in turns: this checkout's and another's (`--baseline`, e.g. main's),
 * so that a change is compared with what it changes under the same load of the same machine, not with
 * a run minutes before. Each round runs the loaded phase of one view on one hub and then on the other
 * (which goes first alternates), and reads every process's CPU from /proc as the single-hub benchmark
 * does; the ratios are per round, and their median is what to read.
 */
export interface Side {
  label: string;
  hub: ServersHub;
  caller: GraphqlCaller;
}

/** The `scripts/bench/serversHub.ts` of another checkout: its hub is started the way that checkout starts it. */
export function baselineLauncher(checkout: string): string {
  const launcher = join(resolve(checkout), "scripts", "bench", "serversHub.ts");
  if (!existsSync(launcher))
    throw new ArgumentError(`--baseline must be a checkout of Silta (no scripts/bench/serversHub.ts in ${checkout})`);
  return launcher;
}

/** Starts the other checkout's hub with its own launcher, on the same database, keys and data directory as this one's. */
export async function startBaselineHub(launcher: string, options: ServersHubOptions): Promise<Side> {
  const module = (await import(pathToFileURL(launcher).href)) as {
    startServersHub(options: ServersHubOptions): Promise<ServersHub>;
  };
  // Free ports of its own; no decision timer (not measured side by side) and no profiles.
  const { basePort: _port, routeAccessDecisions: _timer, cpuProfileDir: _profiles, ...shared } = options;
  const hub = await module.startServersHub(shared);
  return { label: "baseline", hub, caller: new GraphqlCaller(hub.gatewayUrl) };
}

interface RoundOfSide {
  cpu: PhaseCpu;
  p95: number;
  failed: number;
}

export interface SideBySideSettings {
  tokens: Record<View["viewer"], string>;
  /** The database both hubs use, as its owner (PostgreSQL's CPU is that of its backends there). */
  sql: Sql;
  connections: number;
  /** Requests per phase. */
  requests: number;
  rounds: number;
}

/** Measures one view on both hubs in alternating rounds and prints the rounds and their medians. */
export async function measureSideBySide(view: View, sides: readonly [Side, Side], settings: SideBySideSettings): Promise<void> {
  const { tokens, sql, connections, requests, rounds } = settings;
  const errors = new Set<string>();
  const callOn = (side: Side) => async () => {
    const answer = await side.caller.post(tokens[view.viewer], view.query, view.variables);
    const codes = errorCodes(answer);
    for (const code of codes) errors.add(`${side.label}: ${code}`);
    return codes.length === 0 && answer.data !== undefined && answer.data !== null;
  };
  // Warm both until steady (warmUp.ts), unmeasured: plans cached, pools opened, the JIT past its
  // first calls. This checkout's hub has just served the table's runs, the baseline's nothing yet;
  // warmed with 16 requests, the baseline's first rounds were the dearer and the ratio fell round by
  // round (×1.16, ×1.30, ×1.15 … ×0.87, ×0.88 of one hub against itself but for NODE_ENV).
  for (const side of sides) await warmUntilSteady(() => concurrent(requests, connections, callOn(side)), hubCpuOf(side.hub, sql));
  const measured: RoundOfSide[][] = [[], []];
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const index of order) {
      const side = sides[index]!;
      const cpu: PhaseCpu = { byProcess: new Map(), postgres: 0 };
      const timings = await measuredPhase(side.hub, sql, cpu)(() => concurrent(requests, connections, callOn(side)));
      measured[index]!.push({
        cpu,
        p95: quantile(timings.map(durationOf), 0.95),
        failed: timings.filter((timing) => timing.failed).length,
      });
    }
  }
  for (const line of sideBySideLines(view.name, sides, measured, { connections, requests })) console.log(line);
  if (errors.size) console.log(`  errors: ${[...errors].join(", ")}`);
}

/** The printed block: each round's CPU per request (all processes) and p95 of both sides, then the medians per process. */
export function sideBySideLines(
  name: string,
  sides: readonly [{ label: string }, { label: string }],
  measured: readonly RoundOfSide[][],
  phase: { connections: number; requests: number },
): string[] {
  const [mine, theirs] = measured as [RoundOfSide[], RoundOfSide[]];
  const perRequest = (value: number) => value / phase.requests;
  const [a, b] = sides.map((side) => side.label);
  const lines = [
    `\n${name}: side by side, ${phase.requests} requests at ${phase.connections} connections per phase, ${mine.length} rounds ` +
      `(CPU per request of all processes and PostgreSQL from /proc; p95)`,
  ];
  const ratios: number[] = [];
  mine.forEach((round, index) => {
    const other = theirs[index]!;
    const ratio = hubCpuMs(other.cpu) / hubCpuMs(round.cpu);
    ratios.push(ratio);
    lines.push(
      `  round ${index + 1}: ${a} ${perRequest(hubCpuMs(round.cpu)).toFixed(1)} ms, p95 ${ms(round.p95)}; ` +
        `${b} ${perRequest(hubCpuMs(other.cpu)).toFixed(1)} ms, p95 ${ms(other.p95)}; ${b} ÷ ${a} ×${ratio.toFixed(2)}` +
        (round.failed + other.failed ? `; failed ${round.failed} and ${other.failed}` : "") +
        (round.cpu.machine && other.cpu.machine
          ? `; stolen by the host ${percent(round.cpu.machine.steal)} and ${percent(other.cpu.machine.steal)}`
          : ""),
    );
  });
  const median = (values: number[]) => quantile(values, 0.5);
  const byProcess = (rounds: RoundOfSide[]) => {
    const names = [...new Set(rounds.flatMap((round) => [...round.cpu.byProcess.keys()]))];
    const parts = names
      .map((process) => [process, median(rounds.map((round) => perRequest(round.cpu.byProcess.get(process) ?? 0)))] as const)
      .filter(([, value]) => value >= 0.05)
      .map(([process, value]) => `${process} ${value.toFixed(1)}`);
    parts.push(`PostgreSQL ${median(rounds.map((round) => perRequest(round.cpu.postgres))).toFixed(1)}`);
    return `${parts.join(", ")}; all ${median(rounds.map((round) => perRequest(hubCpuMs(round.cpu)))).toFixed(1)}`;
  };
  lines.push(`  ${a}, medians (ms per request): ${byProcess(mine)}; p95 ${ms(median(mine.map((round) => round.p95)))}`);
  lines.push(`  ${b}, medians (ms per request): ${byProcess(theirs)}; p95 ${ms(median(theirs.map((round) => round.p95)))}`);
  lines.push(
    `  ${b} ÷ ${a}, CPU per request: median of rounds ×${median(ratios).toFixed(2)} (×${Math.min(...ratios).toFixed(2)}–×${Math.max(...ratios).toFixed(2)})`,
  );
  return lines;
}
