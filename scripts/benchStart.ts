import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withBenchmarkLock } from "@silta/testkit/benchmarkLock";

/**
 * `npm run bench:start [-- --later <n>]`: how long `npm start` takes to be ready and how much memory
 * the hub holds, as a user meets it: a first start on an empty data folder (migrations, the demo
 * county), then later starts on the same folder. Prints the seconds to "ready" and the CPU seconds
 * spent until then, the hub's resident memory when ready and its peak, and the data folder's size.
 * Results: docs/benchmarks.md.
 */
const usage = `usage: npm run bench:start [-- --later <n>]

Starts the embedded hub (npm start) on a new data folder, then <n> more times on the same folder
(default 2), stopping it with Ctrl-C each time, and prints ready time, memory and data size.`;

const root = join(__dirname, "..");

function readArguments(argv: string[]): number {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  if (argv.length === 0) return 2;
  const later = Number(argv[1]);
  if (argv.length === 2 && argv[0] === "--later" && Number.isInteger(later) && later >= 0 && later <= 20) return later;
  console.error(`unexpected arguments: ${argv.join(" ")} (--later takes a whole number from 0 to 20)\n${usage}`);
  process.exit(2);
}

interface StartResult {
  readySeconds: number;
  /** CPU seconds the start took (every process of it), which other work on the machine barely changes. */
  cpuSeconds: number;
  rssMb: number;
  peakRssMb: number;
}

/** The hub's node process among the descendants of npm (npm → sh → node). */
function hubPid(parent: number): number | null {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      if (ppid === parent && cmdline.includes("hub/src/main.ts") && cmdline.startsWith("node")) return Number(entry);
      if (ppid === parent) {
        const deeper = hubPid(Number(entry));
        if (deeper) return deeper;
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

/** Clock ticks per second of /proc's CPU times: 100 on Linux (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds of `pid` and its descendants: their own user and system time, and that of the children
 * they have already waited for (npm's generate step). On a loaded machine a start waits for the CPU
 * far longer than it uses it; the CPU time is what the start costs, close to its time on idle cores.
 */
function cpuSeconds(pid: number): number {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // After the command name in parentheses: state, ppid, … utime (14), stime, cutime, cstime (17).
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8")
        .replace(/^.*\) /, "")
        .split(" ");
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      ticks.set(
        Number(entry),
        [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0),
      );
    } catch {
      // The process ended while we looked.
    }
  }
  const total = (id: number): number =>
    (ticks.get(id) ?? 0) + (children.get(id) ?? []).reduce((sum, child) => sum + total(child), 0);
  return total(pid) / TICKS_PER_SECOND;
}

function memoryMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) / 1024);
}

function start(dataDir: string): Promise<StartResult> {
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env: { ...process.env, SILTA_DATA_DIR: dataDir, PORT: "0", NODE_ENV: "development", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes("Ctrl-C stops everything.")) return;
      child.stdout.off("data", onData);
      const readySeconds = (performance.now() - started) / 1000;
      const pid = hubPid(child.pid!);
      const memory = pid ? { rssMb: memoryMb(pid, "VmRSS"), peakRssMb: memoryMb(pid, "VmHWM") } : { rssMb: 0, peakRssMb: 0 };
      const cpu = cpuSeconds(child.pid!);
      child.removeAllListeners("exit");
      child.once("close", () => resolve({ readySeconds, cpuSeconds: cpu, ...memory }));
      process.kill(-child.pid!, "SIGINT");
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`)));
  });
}

function folderMb(path: string): number {
  const size = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (sum, entry) => sum + (entry.isDirectory() ? size(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
      0,
    );
  return Math.round(size(path) / 1024 / 1024);
}

async function main(): Promise<void> {
  const later = readArguments(process.argv.slice(2));
  await withBenchmarkLock("bench:start", () => measureStarts(later));
}

async function measureStarts(later: number): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "silta-bench-start-"));
  const line = (label: string, result: StartResult) =>
    console.log(
      `${label.padEnd(14)} ready in ${result.readySeconds.toFixed(1).padStart(5)} s (CPU ${result.cpuSeconds.toFixed(1).padStart(4)} s)   hub RSS ${String(result.rssMb).padStart(4)} MB (peak ${result.peakRssMb} MB)`,
    );
  try {
    const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    console.log(`npm start on ${dataDir}, ${later} later start(s); ${process.version}; load average ${load}`);
    line("first start", await start(dataDir));
    console.log(`data folder    ${folderMb(dataDir)} MB`);
    for (let run = 1; run <= later; run += 1) line(`later start ${run}`, await start(dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
