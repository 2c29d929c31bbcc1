import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { DEV_AUDIENCE, DEV_ISSUER } from "@silta/gateway";
import { freePort, startPrivateRedis } from "@silta/testkit";
import { buildServices } from "../build";
import { compiledEntryOf, nodeFlagsOf, type ServiceName } from "../serviceCommands";
import { subgraphs, type SubgraphName } from "../subgraphs";
import { serveKeySet } from "./keySetServer";
import { readyAt, untilReady } from "./untilReady";

/**
 * The hub in servers mode as its containers run it, on this machine: one process per subgraph on one
 * PostgreSQL database with a schema each, and the gateway in front, each built first (`npm run build`)
 * and started with the command the image runs (scripts/serviceCommands.ts: its V8 flags, its bundle),
 * with `NODE_ENV=production` as the image sets it: events through a Redis of the hub's own
 * (`redis-server` on a free port, never the shared one), tokens verified against an identity
 * provider's key set (served here, {@link serveKeySet}), no development tokens, the gateway's rate
 * limit counted in that Redis: what is measured is what a county runs. For benchmarks: the
 * processes log at `warn`, and their output is kept for the error of a failed start.
 */
const root = join(__dirname, "..", "..");

export interface ServersHubOptions {
  databaseUrl: string;
  /** The processes' data folder (`SILTA_DATA_DIR`). */
  dataDir: string;
  /**
   * The public key set of the benchmark's token issuer (`createDevTokenIssuer(…).jwks`): the gateway
   * fetches it as an identity provider's, and accepts tokens of `DEV_ISSUER` for `DEV_AUDIENCE`.
   */
  tokenKeys: { keys: readonly object[] };
  identityCodeHashKey: string;
  viewerSigningSecret: string;
  /** Gateway port; the subgraphs take the next six. Default: free ports the system picks. */
  basePort?: number;
  /**
   * Where the subgraphs send their access decisions, instead of the consents service directly: a
   * timing proxy that forwards to `consentsAccessUrl`. Given the consents service's URL, it returns the URL to use.
   */
  routeAccessDecisions?: (consentsAccessUrl: string) => Promise<string>;
  /** Extra environment of the gateway (rate limits of the benchmark's few callers). */
  gatewayEnv?: Record<string, string>;
  /**
   * Where each process writes CPU profiles when told to ({@link ServersHub.toggleCpuProfiles}).
   * Default: none (no profiler loaded).
   */
  cpuProfileDir?: string;
}

export interface ServersHub {
  gatewayUrl: string;
  subgraphUrl(name: SubgraphName): string;
  /** What the processes printed (the last 100 kB). */
  output(): string;
  /** The process id of each subgraph's process and the gateway's, by name. */
  processIds(): Map<string, number>;
  /** Starts, or stops and writes, every process's CPU profile (only with `cpuProfileDir`). */
  toggleCpuProfiles(): void;
  stop(): Promise<void>;
}

export async function startServersHub(options: ServersHubOptions): Promise<ServersHub> {
  // From the sources as they are now, as the image's build stage does: a bundle left from an older checkout is never measured.
  await buildServices();
  const ports = await portsFrom(options.basePort, subgraphs.length + 1);
  const gatewayPort = ports[0]!;
  const portOf = new Map(subgraphs.map(({ name }, i) => [name, ports[i + 1]!]));
  const urlOf = (name: SubgraphName) => `http://127.0.0.1:${portOf.get(name)!}`;
  const consentsAccessUrl = `${urlOf("consents")}/internal/access`;
  const accessUrl = options.routeAccessDecisions ? await options.routeAccessDecisions(consentsAccessUrl) : consentsAccessUrl;
  // Started last before the processes, so that nothing that can fail in between leaves them running.
  const [redisPort] = await portsFrom(undefined, 1);
  const redis = await startPrivateRedis(redisPort!);
  const keySet = await serveKeySet(options.tokenKeys).catch(async (error: unknown) => {
    await redis.stop();
    throw error;
  });
  let output = "";
  const children: ChildProcess[] = [];
  // Processes that ended before the hub was ready: its start fails at once, with what they said.
  const exitedEarly: string[] = [];
  const pids = new Map<string, number>();
  const shared = {
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    REDIS_URL: redis.url,
    METRICS_TOKEN: randomBytes(16).toString("hex"),
    VIEWER_SIGNING_SECRET: options.viewerSigningSecret,
    SILTA_DATA_DIR: options.dataDir,
  };
  const launch = (name: ServiceName, env: NodeJS.ProcessEnv) => {
    // Node strips the profiler's types itself (no tsx in the process); it would warn that it parsed the file as ES module.
    const profiler = options.cpuProfileDir
      ? ["--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", "--import", join(__dirname, "cpuProfileOnSignal.ts")]
      : [];
    const profileEnv = options.cpuProfileDir
      ? { SILTA_CPU_PROFILE_DIR: options.cpuProfileDir, SILTA_CPU_PROFILE_NAME: name }
      : {};
    const child = spawn(process.execPath, [...nodeFlagsOf(name), ...profiler, join(root, compiledEntryOf(name))], {
      cwd: root,
      env: { ...env, ...profileEnv },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => (output = `${output}[${name}] ${chunk.toString()}`.slice(-100_000));
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    children.push(child);
    if (child.pid !== undefined) pids.set(name, child.pid);
    child.once("exit", (code, signal) => exitedEarly.push(`${name} (${signal ?? `exit code ${code}`})`));
  };
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
    await Promise.all([redis.stop(), keySet.close()]);
  };
  try {
    for (const { name } of subgraphs) {
      launch(name, {
        ...shared,
        PORT: String(portOf.get(name)),
        DATABASE_URL: options.databaseUrl,
        DATABASE_SCHEMA: name,
        // Six services on one shared PostgreSQL server: 5 connections each (the default is 10) leaves room for others.
        DATABASE_POOL_SIZE: "5",
        IDENTITY_CODE_HASH_KEY: options.identityCodeHashKey,
        CONSENTS_ACCESS_URL: accessUrl,
      });
    }
    const failure = () => exitedEarly;
    for (const { name } of subgraphs)
      await untilReady(`the ${name} subgraph`, readyAt(urlOf(name)), 240_000, () => output, failure);
    launch("gateway", {
      ...shared,
      PORT: String(gatewayPort),
      ...Object.fromEntries(subgraphs.map(({ name }) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `${urlOf(name)}/graphql`])),
      OIDC_ISSUER: DEV_ISSUER,
      OIDC_AUDIENCE: DEV_AUDIENCE,
      OIDC_JWKS_URL: keySet.url,
      ...options.gatewayEnv,
    });
    const gateway = `http://127.0.0.1:${gatewayPort}`;
    await untilReady("the gateway", readyAt(gateway), 240_000, () => output, failure);
    const toggleCpuProfiles = () => {
      if (options.cpuProfileDir) for (const child of children) child.kill("SIGUSR2");
    };
    return {
      gatewayUrl: `${gateway}/graphql`,
      subgraphUrl: urlOf,
      output: () => output,
      processIds: () => pids,
      toggleCpuProfiles,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function portsFrom(base: number | undefined, count: number): Promise<number[]> {
  if (base !== undefined) return Array.from({ length: count }, (_, i) => base + i);
  return Promise.all(Array.from({ length: count }, freePort));
}
