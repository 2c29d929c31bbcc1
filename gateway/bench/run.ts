import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { composeServices } from "@apollo/composition";
import autocannon from "autocannon";
import { parse } from "graphql";
import { withBenchmarkLock } from "@silta/testkit/benchmarkLock";
import { createDevTokenIssuer } from "../src";
import { VERIFIED_TOKEN_LIMIT } from "../src/auth/verifiedTokens";
import { cpuByPhase, type CpuProfile } from "./profilePhases";
import { benchmarkQuery, singleSubgraphQuery, subgraphSdl } from "./workload";

/**
 * `npx tsx gateway/bench/run.ts [--quick | --smoke] [--profile <folder>] [--baseline <checkout>]`:
 * Silta's gateway against stock @apollo/gateway on the Guild federation benchmark with its own
 * data, both pinned to CPU 0 (subgraphs and load generator on CPU 1), in alternating rounds, every
 * request with its own token. Compares throughput and CPU time per request (per core, which a
 * loaded machine disturbs less); then the latency Silta's gateway adds over calling a subgraph
 * directly, or with --profile where its CPU goes. With --baseline, Silta's gateway of another
 * checkout takes stock's place, to measure a change side by side. Everything listens on 127.0.0.1
 * only. Full run: about 4 minutes; --quick: about 1.
 */
const usage = `usage: npx tsx gateway/bench/run.ts [--quick | --smoke] [--profile <folder>] [--baseline <checkout>]   (docs/benchmarks-gateway.md)

  --quick               one round of 8 s per gateway, about 40 seconds
  --smoke               one round of 1 s: checks that the benchmark runs, its numbers mean nothing
  --profile <folder>    runs Silta's gateway under node --cpu-prof, writes the profile to <folder> and
                        prints its CPU by phase of a request (instead of the added latency)
  --baseline <checkout> compares this checkout's Silta gateway with the one of <checkout> (another
                        Silta working tree with its node_modules, e.g. main's) instead of with stock:
                        both pinned to CPU 0, more and shorter alternating rounds (8 × 10 s; --quick
                        3 × 8 s), CPU per request of each and their ratio per round`;
/**
 * `connections`: requests in flight. The smoke run keeps few: it only checks that the benchmark runs,
 * and 32 answers of 85 kB at once on a crowded CI machine (the gateway pinned to one core it shares
 * with the test workers) took longer than its round, which then counted none.
 */
const modes = {
  full: { rounds: 3, seconds: 20, warmupSeconds: 5, latencySeconds: 10, tokens: 60_000, connections: 32 },
  quick: { rounds: 1, seconds: 8, warmupSeconds: 2, latencySeconds: 4, tokens: 20_000, connections: 32 },
  smoke: { rounds: 1, seconds: 1, warmupSeconds: 1, latencySeconds: 1, tokens: 2_000, connections: 4 },
};
/** Silta's gateway as the benchmark starts it, relative to a checkout. */
const baselineScript = join("gateway", "bench", "siltaGateway.ts");
/**
 * Side by side, two Silta gateways differ by less than Silta and stock: more rounds, each shorter. Both
 * run from their sources through tsx, whose first requests still load and transform modules: the smoke
 * run warms up and measures a little longer, so that on a busy machine its round still answers requests.
 */
const baselineRounds = {
  full: { rounds: 8, seconds: 10 },
  quick: { rounds: 3, seconds: 8 },
  smoke: { rounds: 1, seconds: 2, warmupSeconds: 3 },
};
const { mode, profileFolder, baseline } = readArguments(process.argv.slice(2));
const settings = baseline ? { ...modes[mode], ...baselineRounds[mode] } : modes[mode];

/** The optional flags, or the usage (--help: exit 0; anything else: exit 2). */
function readArguments(argv: string[]): { mode: keyof typeof modes; profileFolder?: string; baseline?: string } {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  const rest = [...argv];
  const valueOf = (flag: string, what: string): string | undefined => {
    const at = rest.indexOf(flag);
    if (at < 0) return undefined;
    const value = rest.splice(at, 2)[1];
    if (!value || value.startsWith("--")) {
      console.error(`${flag} needs ${what}\n${usage}`);
      process.exit(2);
    }
    return value;
  };
  const profileFolder = valueOf("--profile", "the folder to write the profile to");
  const baselineArgument = valueOf("--baseline", "the folder of another Silta checkout");
  const baseline = baselineArgument === undefined ? undefined : resolve(baselineArgument);
  if (baseline && !existsSync(join(baseline, baselineScript))) {
    console.error(
      `--baseline ${baselineArgument}: no ${baselineScript} there; it takes the folder of a Silta checkout\n${usage}`,
    );
    process.exit(2);
  }
  if (baseline && !existsSync(join(baseline, "node_modules", "tsx"))) {
    console.error(
      `--baseline ${baselineArgument}: the checkout has no node_modules (run npm ci and npm run generate there)\n${usage}`,
    );
    process.exit(2);
  }
  if (rest.length === 0) return { mode: "full", profileFolder, baseline };
  if (rest.length === 1 && (rest[0] === "--quick" || rest[0] === "--smoke")) {
    return { mode: rest[0] === "--quick" ? "quick" : "smoke", profileFolder, baseline };
  }
  console.error(`unknown arguments: ${argv.join(" ")}\n${usage}`);
  process.exit(2);
}
const here = __dirname;
/** The gateway's V8 flags in production, as scripts/serviceCommands.ts gives them (a test there keeps this the same). */
const GATEWAY_NODE_FLAGS = ["--max-semi-space-size=32"];
const children: ChildProcess[] = [];

interface Measurement {
  requestsPerSecond: number;
  /** CPU time (user + system) the gateway process spent per answered request, in ms; NaN where /proc is unavailable. */
  cpuMsPerRequest: number;
  /**
   * Requests the subgraphs received per answered request (NaN where not counted). Those of the requests
   * still in flight when the round ends count too: a few percent of a full round's, far more of a smoke round's.
   */
  subgraphRequestsPerRequest: number;
  p50: number;
  p99: number;
  mean: number;
  non2xx: number;
  errors: number;
}

async function main(): Promise<void> {
  const pinned = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  console.log(
    `Gateway benchmark (${mode}${baseline ? `, this checkout against ${baseline}` : ""}): ${settings.rounds} round(s) × ${settings.seconds} s per gateway, ${settings.connections} connections; ${pinned ? "gateways pinned to CPU 0, subgraphs and load generator to CPU 1" : "taskset unavailable: NOT pinned"}.`,
  );
  const folder = await mkdtemp(join(tmpdir(), "silta-gateway-bench-"));
  try {
    const supergraphFile = join(folder, "supergraph.graphql");
    const composition = composeServices(
      Object.entries(subgraphSdl).map(([name, sdl]) => ({ name, typeDefs: parse(sdl), url: `http://${name}.invalid/graphql` })),
    );
    if (!composition.supergraphSdl) throw new Error(`composition failed: ${composition.errors?.map(String).join("; ")}`);
    await writeFile(supergraphFile, composition.supergraphSdl);
    const keyFile = join(folder, "issuer-key.json");
    const issuer = await createDevTokenIssuer({ keyFile });
    const tokens = await Promise.all(
      Array.from({ length: settings.tokens }, (_, index) =>
        issuer.issue(
          { sub: `bench-user-${index}`, silta_kind: "professional", silta_org: "bench-org", roles: ["social_worker"] },
          "1h",
        ),
      ),
    );
    if (pinned) spawnSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" });
    // The benchmark's processes bundled from the sources as they are now (`npm run build`), as the services ship.
    const build = spawnSync(
      process.execPath,
      ["--import", "tsx", join(here, "..", "..", "scripts", "build.ts"), "--gateway-benchmark"],
      {
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    if (build.status !== 0) throw new Error("npm run build -- --gateway-benchmark failed");

    const subgraphs = (await start("subgraphs.ts", "1", {})).info as { urls: Record<string, string>; counter: string };
    const subgraphUrls = subgraphs.urls;
    const env = {
      BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
      BENCH_SUPERGRAPH: supergraphFile,
      BENCH_KEY_FILE: keyFile,
      NODE_ENV: "production",
    };
    if (profileFolder) await mkdir(resolve(profileFolder), { recursive: true });
    const profileFlags = profileFolder ? ["--cpu-prof", `--cpu-prof-dir=${resolve(profileFolder)}`] : [];
    // The second gateway: stock, or with --baseline Silta's of the other checkout, run from there (its own packages).
    const other = baseline ? "baseline" : "stock";
    const started = {
      // Both gateways with the V8 flags Silta's gateway runs with in production (scripts/serviceCommands.ts):
      // the comparison stays one of code.
      silta: await start("siltaGateway.ts", "0", env, [...GATEWAY_NODE_FLAGS, ...profileFlags]),
      [other]: baseline
        ? await start(join(baseline, baselineScript), "0", env, GATEWAY_NODE_FLAGS, baseline)
        : await start("stockGateway.ts", "0", env, GATEWAY_NODE_FLAGS),
    };
    const gateways = {
      silta: (started.silta.info as { url: string }).url,
      [other]: (started[other]!.info as { url: string }).url,
    };
    // The profile's window starts at Silta's first request (this check); the warm-ups after it are left out too.
    const firstRequestAt = Date.now();
    const answerBytes = await checkSameAnswers(gateways, tokens[0]!);
    console.log(`Both gateways give the same error-free answer to TestQuery: ${(answerBytes / 1024).toFixed(1)} kB.`);

    let next = 0;
    const nextToken = () => tokens[next++ % tokens.length]!;
    for (const url of Object.values(gateways))
      await load(url, benchmarkQuery, nextToken, settings.warmupSeconds, settings.connections);
    const warmAfterMs = Date.now() - firstRequestAt;
    const rounds: Record<string, Measurement>[] = [];
    const results: Record<string, Measurement[]> = { silta: [], [other]: [] };
    for (let round = 0; round < settings.rounds; round += 1) {
      const order = round % 2 === 0 ? ["silta", other] : [other, "silta"];
      rounds.push({});
      for (const name of order) {
        const measurement = await load(
          gateways[name]!,
          benchmarkQuery,
          nextToken,
          settings.seconds,
          settings.connections,
          started[name]!.pid,
          subgraphs.counter,
        );
        results[name]!.push(measurement);
        rounds[round]![name] = measurement;
        console.log(`  round ${round + 1} ${name.padEnd(8)} ${format(measurement)}`);
      }
    }
    const silta = summary(results.silta!);
    if (baseline) {
      printSideBySide(silta, summary(results[other]!), rounds);
      if (profileFolder) await printProfile(started.silta.process, resolve(profileFolder), warmAfterMs);
      return;
    }
    const stock = summary(results.stock!);
    console.log("\nGuild workload (TestQuery), median of rounds:");
    console.log(`  silta ${format(silta)}`);
    console.log(`  stock ${format(stock)}`);
    const throughput = rounds.map((round) => round["silta"]!.requestsPerSecond / round["stock"]!.requestsPerSecond);
    const perCore = rounds.map((round) => round["stock"]!.cpuMsPerRequest / round["silta"]!.cpuMsPerRequest);
    console.log(
      `  silta/stock throughput ×${(silta.requestsPerSecond / stock.requestsPerSecond).toFixed(2)} (rounds ${spread(throughput)}), p99 ${silta.p99} ms vs ${stock.p99} ms`,
    );
    console.log(
      `  silta/stock requests per CPU-second of the gateway ×${(stock.cpuMsPerRequest / silta.cpuMsPerRequest).toFixed(2)} (rounds ${spread(perCore)}): ` +
        `${silta.cpuMsPerRequest.toFixed(2)} against ${stock.cpuMsPerRequest.toFixed(2)} ms of CPU per request`,
    );
    if (next > tokens.length)
      console.log(
        `  (${next} requests, ${tokens.length} tokens: tokens were reused; Silta remembers its last ${VERIFIED_TOKEN_LIMIT.toLocaleString("en-US")} checked tokens for a minute, so a token reused sooner skips its signature check)`,
      );

    if (profileFolder) {
      // Left out: the warm-ups (lazy module loading, first plans), however long they took on a crowded machine.
      await printProfile(started.silta.process, resolve(profileFolder), warmAfterMs);
      return;
    }

    const direct = await load(subgraphUrls["products"]!, singleSubgraphQuery, nextToken, settings.latencySeconds, 1);
    const through = await load(gateways.silta, singleSubgraphQuery, nextToken, settings.latencySeconds, 1);
    console.log("\nAdded latency, one connection, a single-subgraph query (TopProducts):");
    console.log(`  direct to subgraph  ${format(direct)}`);
    console.log(`  through Silta       ${format(through)}`);
    console.log(
      `  added: p50 +${(through.p50 - direct.p50).toFixed(2)} ms, p99 +${(through.p99 - direct.p99).toFixed(2)} ms, mean +${(through.mean - direct.mean).toFixed(2)} ms`,
    );
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Starts a benchmark process pinned to `cpu` (`script` relative to this folder, or absolute, then
 * run from the checkout `cwd`); resolves to the JSON it prints on its first line and its process id.
 * The script runs bundled, as the services do in production (docs/decisions/0018-compiled-services.md),
 * except under --profile (its phases are told apart by source file, profilePhases.ts, which a bundle
 * does not keep) and with --baseline (the other checkout may have no bundles: both then run from their
 * sources through tsx, so the comparison stays one of code).
 */
function start(
  script: string,
  cpu: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
  cwd?: string,
): Promise<{ info: unknown; pid: number; process: ChildProcess }> {
  const source = isAbsolute(script) ? script : join(here, script);
  const compiled = join(here, "..", "..", "dist", "bench", "gateway", script.replace(/\.ts$/, ".js"));
  const fromSources = profileFolder !== undefined || baseline !== undefined;
  const command = [process.execPath, ...nodeFlags, ...(fromSources ? ["--import", "tsx", source] : [compiled])];
  // taskset execs the command, so the child's pid is the benchmark process's own (its CPU time is read from /proc).
  const child =
    spawnSync("taskset", ["-c", cpu, "true"]).status === 0
      ? spawn("taskset", ["-c", cpu, ...command], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] })
      : spawn(command[0]!, command.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    // The first line that is not a log line (pino writes those to stdout too, with a level) is the answer.
    lines.on("line", (line) => {
      const value = JSON.parse(line) as Record<string, unknown>;
      if (!("level" in value && "msg" in value)) resolve({ info: value, pid: child.pid!, process: child });
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** This checkout's Silta gateway against the baseline's: CPU per request of each, and baseline/this by round. */
function printSideBySide(silta: Measurement, base: Measurement, rounds: Record<string, Measurement>[]): void {
  console.log("\nGuild workload (TestQuery), median of rounds:");
  console.log(`  this checkout ${format(silta)}`);
  console.log(`  baseline      ${format(base)}`);
  const ratios = rounds.map((round) => round["baseline"]!.cpuMsPerRequest / round["silta"]!.cpuMsPerRequest);
  const finite = ratios.filter(Number.isFinite).sort((a, b) => a - b);
  const median = finite.length > 0 ? `×${finite[Math.floor(finite.length / 2)]!.toFixed(2)}` : "n/a";
  console.log(
    `  baseline/this CPU per request by round ${ratios.map((ratio) => (Number.isFinite(ratio) ? `×${ratio.toFixed(2)}` : "n/a")).join(", ")}; ` +
      `median of rounds ${median}; medians ${base.cpuMsPerRequest.toFixed(2)} against ${silta.cpuMsPerRequest.toFixed(2)} ms (above ×1: this checkout spends less)`,
  );
}

/** Stops the profiled gateway (V8 writes the profile as it exits) and prints its busy CPU by phase. */
async function printProfile(gateway: ChildProcess, folder: string, skipFirstMs: number): Promise<void> {
  const before = new Set(await readdir(folder).catch(() => []));
  await new Promise<void>((exited) => {
    gateway.once("exit", () => exited());
    gateway.kill("SIGTERM");
  });
  const written = (await readdir(folder)).filter((name) => name.endsWith(".cpuprofile") && !before.has(name));
  if (written.length === 0) throw new Error(`Silta's gateway wrote no profile into ${folder}`);
  const file = join(folder, written.sort().at(-1)!);
  const { busyMs, phases } = cpuByPhase(JSON.parse(await readFile(file, "utf8")) as CpuProfile, skipFirstMs);
  console.log(
    `\nSilta's gateway CPU by phase (${file}; ${(busyMs / 1000).toFixed(1)} s busy while loaded; the profiler slows it):`,
  );
  for (const { phase, share } of phases) console.log(`  ${(share * 100).toFixed(1).padStart(5)} %  ${phase}`);
}

/** User plus system CPU time of a process so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Resolves to the size of the answer in bytes, once both gateways gave it identically and without errors. */
async function checkSameAnswers(gateways: Record<string, string>, token: string): Promise<number> {
  const answers = await Promise.all(
    Object.values(gateways).map(async (url) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: benchmarkQuery }),
      });
      return response.text();
    }),
  );
  if (answers.some((answer) => answer !== answers[0]) || answers[0]!.includes('"errors"')) {
    throw new Error(`The gateways answer differently or with errors:\n${answers.join("\n")}`);
  }
  return Buffer.byteLength(answers[0]!);
}

async function load(
  url: string,
  query: string,
  token: () => string,
  seconds: number,
  connections: number,
  gatewayPid?: number,
  /** The subgraphs' count of requests received (subgraphs.ts), read before and after the round. */
  counterUrl?: string,
): Promise<Measurement> {
  const receivedBefore = await receivedBy(counterUrl);
  const cpuBefore = cpuMsOf(gatewayPid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
        requests: [
          {
            setupRequest: (request: { headers?: Record<string, string> }) => ({
              ...request,
              headers: { ...request.headers, authorization: `Bearer ${token()}` },
            }),
          },
        ],
      },
      (error, answer) => (error ? reject(error) : resolve(answer)),
    );
  });
  const cpuMs = cpuMsOf(gatewayPid) - cpuBefore;
  const received = (await receivedBy(counterUrl)) - receivedBefore;
  const answered = result.requests.total;
  return {
    requestsPerSecond: result.requests.average,
    cpuMsPerRequest: answered > 0 ? cpuMs / answered : Number.NaN,
    subgraphRequestsPerRequest: answered > 0 ? received / answered : Number.NaN,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** The subgraphs' count of requests received so far; NaN without a counter. */
async function receivedBy(counterUrl: string | undefined): Promise<number> {
  if (!counterUrl) return Number.NaN;
  const answer = (await (await fetch(counterUrl)).json()) as { received: number };
  return answer.received;
}

function summary(measurements: Measurement[]): Measurement {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    requestsPerSecond: median(measurements.map((m) => m.requestsPerSecond)),
    cpuMsPerRequest: median(measurements.map((m) => m.cpuMsPerRequest)),
    subgraphRequestsPerRequest: median(measurements.map((m) => m.subgraphRequestsPerRequest)),
    p50: median(measurements.map((m) => m.p50)),
    p99: median(measurements.map((m) => m.p99)),
    mean: median(measurements.map((m) => m.mean)),
    non2xx: measurements.reduce((sum, m) => sum + m.non2xx, 0),
    errors: measurements.reduce((sum, m) => sum + m.errors, 0),
  };
}

/** The lowest and highest of the rounds' ratios. */
function spread(ratios: number[]): string {
  if (ratios.some((ratio) => !Number.isFinite(ratio))) return "n/a: a round answered nothing or /proc was unreadable";
  return `×${Math.min(...ratios).toFixed(2)}–×${Math.max(...ratios).toFixed(2)}`;
}

function format(m: Measurement): string {
  const cpu = Number.isNaN(m.cpuMsPerRequest) ? "" : `  CPU ${m.cpuMsPerRequest.toFixed(2)} ms/request`;
  const calls = Number.isNaN(m.subgraphRequestsPerRequest)
    ? ""
    : `  ${m.subgraphRequestsPerRequest.toFixed(1)} subgraph requests/request`;
  return `${m.requestsPerSecond.toFixed(0).padStart(6)} req/s${cpu}${calls}  p50 ${m.p50.toFixed(2)} ms  p99 ${m.p99.toFixed(2)} ms${m.non2xx || m.errors ? `  (${m.non2xx} non-2xx, ${m.errors} errors)` : ""}`;
}

// The arguments are read above, at import: --help and a usage error never wait for the lock.
withBenchmarkLock("bench:gateway", main).catch((error: unknown) => {
  console.error(error);
  for (const child of children) child.kill("SIGTERM");
  process.exit(1);
});
