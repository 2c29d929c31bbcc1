import { randomBytes } from "node:crypto";
import { createConnection, createServer, type Server } from "node:net";

/**
 * One benchmark at a time on this machine: two at once on its two cores disturb each other's figures,
 * and neither would say so. Every benchmark's entry point holds this lock for its whole run.
 *
 * The lock is a Linux abstract-namespace Unix socket ("\0silta-benchmark"): listening on it is atomic
 * (EADDRINUSE: another benchmark holds it), and the kernel frees the name the moment the holder's
 * process ends, SIGKILL included, so no stale lock file is ever left to clean up. The holder answers a
 * connection with one line saying who it is, for the waiting benchmark to print.
 *
 * Imported as `@silta/testkit/benchmarkLock`, not from the testkit's entry, which loads pg, ioredis
 * and the FHIR validator (a second of CPU) into benchmarks that need none of them (the gateway's).
 */

/** The lock's name unless `SILTA_BENCH_LOCK` says otherwise: one per machine, whatever the checkout. */
const DEFAULT_NAME = "silta-benchmark";
/** Longer than a full benchmark's run (bench:views at 100,000 clients takes about 20 minutes). */
const DEFAULT_WAIT_MS = 30 * 60_000;
const DEFAULT_POLL_MS = 500;
/** A holder busy in synchronous work (bench:gateway's build, run with spawnSync) answers only when that is done. */
const ASK_TIMEOUT_MS = 10_000;

export interface BenchmarkLockSettings {
  /** The lock's name (of the abstract socket). Tests take their own. Default: `SILTA_BENCH_LOCK`, else `silta-benchmark`. */
  name: string;
  /** How long to wait for another benchmark before giving up, in ms. Default: `SILTA_BENCH_LOCK_WAIT_MS`, else 30 minutes. */
  waitMs: number;
  /** How often a waiting benchmark tries again, in ms. Default: 500. */
  pollMs: number;
}

/** Who holds the lock, as the holder tells a benchmark that waits for it. */
export interface LockHolder {
  pid: number;
  /** The benchmark's command, e.g. `bench:views`. */
  benchmark: string;
  /** When it took the lock. */
  since: Date;
}

export interface BenchmarkLock {
  /** Frees the lock for the next benchmark; the end of the process frees it as well. */
  release(): Promise<void>;
}

/** The lock could not be taken: waited past the bound (naming the holder), or its settings are wrong. */
export class BenchmarkLockError extends Error {}

/** The settings from the environment, every wrong variable named. */
export function benchmarkLockSettings(env: NodeJS.ProcessEnv = process.env): BenchmarkLockSettings {
  const name = env["SILTA_BENCH_LOCK"] || DEFAULT_NAME;
  const wait = env["SILTA_BENCH_LOCK_WAIT_MS"] || String(DEFAULT_WAIT_MS);
  const problems: string[] = [];
  if (!/^[\w.-]{1,100}$/.test(name))
    problems.push(`SILTA_BENCH_LOCK must be 1 to 100 letters, digits, '.', '-' or '_' (is ${JSON.stringify(name)})`);
  const waitMs = Number(wait);
  if (!Number.isInteger(waitMs) || waitMs < 0)
    problems.push(`SILTA_BENCH_LOCK_WAIT_MS must be a whole number of milliseconds, 0 or more (is ${wait})`);
  if (problems.length > 0) throw new BenchmarkLockError(problems.join("; "));
  return { name, waitMs, pollMs: DEFAULT_POLL_MS };
}

/**
 * The environment of a benchmark a test runs: a lock of its own, named after `purpose` and made
 * unique, so the test neither waits for a real benchmark on the machine nor for another test's.
 */
export function privateBenchmarkLock(purpose: string): { SILTA_BENCH_LOCK: string } {
  return { SILTA_BENCH_LOCK: `silta-benchmark-${purpose}-${randomBytes(4).toString("hex")}` };
}

/** What the holder answers a connection with: one line of JSON. */
export function holderLine(holder: LockHolder): string {
  return JSON.stringify({ pid: holder.pid, benchmark: holder.benchmark, since: holder.since.toISOString() });
}

/** The holder's line read back; undefined for anything else (a holder of another version, a cut answer). */
export function parseHolderLine(line: string): LockHolder | undefined {
  try {
    const value = JSON.parse(line) as { pid?: unknown; benchmark?: unknown; since?: unknown };
    const since = typeof value.since === "string" ? new Date(value.since) : undefined;
    if (!Number.isInteger(value.pid) || typeof value.benchmark !== "string" || !since || Number.isNaN(since.getTime()))
      return undefined;
    return { pid: value.pid as number, benchmark: value.benchmark, since };
  } catch {
    return undefined;
  }
}

/** `bench:views (pid 1234, since 21:40:02 UTC)`, for the waiting line and the error. */
export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return "one that did not say which";
  return `${holder.benchmark} (pid ${holder.pid}, since ${holder.since.toISOString().slice(11, 19)} UTC)`;
}

/**
 * Takes the machine's benchmark lock, waiting while another benchmark holds it: one line to `notice`
 * saying for whom, a try every `pollMs`, and a {@link BenchmarkLockError} naming the holder after
 * `waitMs`. Without abstract sockets (not Linux) there is no lock, and `notice` says so.
 */
export async function takeBenchmarkLock(
  benchmark: string,
  settings: BenchmarkLockSettings = benchmarkLockSettings(),
  notice: (line: string) => void = (line) => console.error(line),
  platform: NodeJS.Platform = process.platform,
): Promise<BenchmarkLock> {
  if (platform !== "linux") {
    notice(`no benchmark lock on ${platform} (it needs Linux's abstract sockets): another benchmark may run alongside`);
    return { release: async () => undefined };
  }
  const address = `\0${settings.name}`;
  const started = Date.now();
  let waiting = false;
  for (;;) {
    const server = await listenOn(address, { pid: process.pid, benchmark, since: new Date() });
    if (server) {
      if (waiting) notice(`the other benchmark ended; ${benchmark} goes on after ${duration(Date.now() - started)} of waiting`);
      return { release: () => new Promise((resolve) => server.close(() => resolve())) };
    }
    const waited = Date.now() - started;
    if (waited >= settings.waitMs)
      throw new BenchmarkLockError(
        `gave up after ${duration(waited)} waiting for another benchmark on this machine: ${describeHolder(await askHolder(address))}; ` +
          `SILTA_BENCH_LOCK_WAIT_MS sets how long to wait`,
      );
    if (!waiting) {
      notice(
        `waiting for another benchmark on this machine: ${describeHolder(await askHolder(address))}; ` +
          `giving up after ${duration(settings.waitMs)}`,
      );
      waiting = true;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(settings.pollMs, settings.waitMs - waited)));
  }
}

/**
 * Runs a benchmark holding the lock, released however the run ends. Called after the arguments are
 * read, so `--help` and a usage error never wait. A lock not taken prints why and exits 1, as
 * `benchArguments` exits on a usage error: the entry points print errors each their own way, some
 * with a stack trace, which would bury the one line that names the holder.
 */
export async function withBenchmarkLock<T>(benchmark: string, run: () => Promise<T>): Promise<T> {
  let lock: BenchmarkLock;
  try {
    lock = await takeBenchmarkLock(benchmark);
  } catch (error) {
    if (!(error instanceof BenchmarkLockError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  try {
    return await run();
  } finally {
    await lock.release();
  }
}

/** Listens on the lock's address, answering who holds it; undefined if another process holds it. */
function listenOn(address: string, holder: LockHolder): Promise<Server | undefined> {
  const server = createServer((socket) => {
    socket.on("error", () => undefined);
    // Neither the lock nor an answer in flight keeps a finished benchmark's process alive.
    socket.unref();
    socket.end(`${holderLine(holder)}\n`);
  });
  return new Promise((resolve, reject) => {
    // Kept after listening too: a failed accept must not end the benchmark it would only have answered about.
    server.on("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(undefined) : reject(error)));
    server.listen(address, () => {
      server.unref();
      resolve(server);
    });
  });
}

/** The holder's line, or undefined if it ended meanwhile or did not answer in time. */
function askHolder(address: string): Promise<LockHolder | undefined> {
  return new Promise((resolve) => {
    const socket = createConnection(address);
    let text = "";
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(parseHolderLine(text.split("\n")[0]!));
    };
    const timer = setTimeout(done, ASK_TIMEOUT_MS);
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      text += chunk;
      if (text.includes("\n")) done();
    });
    socket.on("end", done);
    socket.on("error", done);
  });
}

/** `500 ms`, `1.5 s`, `42 s`, `30 min`. */
function duration(ms: number): string {
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 120_000) return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  return `${Math.round(ms / 60_000)} min`;
}
