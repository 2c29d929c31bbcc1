import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Redis from "ioredis";
import { Client } from "pg";
import { freePort, testPostgresUrl } from "@silta/testkit";
import { closeAll, migrateSubgraphs, openSubgraphDatabases } from "../../scripts/migrate";
import { subgraphs } from "../../scripts/subgraphs";
import { startRoundRobinFront, type RoundRobinFront } from "./roundRobinFront";

/**
 * Servers mode as a platform runs it, on one machine: a fresh PostgreSQL database migrated once, a
 * private Redis the test owns, N processes of every subgraph and of the gateway (the very entry points
 * of the containers), and a round-robin front per service standing in for its Service address. Replicas
 * can be stopped (SIGTERM), killed (SIGKILL) and started again, as a rolling restart or a node loss does.
 */
const root = join(__dirname, "..", "..");
export const kinds = ["gateway", ...subgraphs.map((subgraph) => subgraph.name)] as const;
export type Kind = (typeof kinds)[number];

export interface Replica {
  kind: Kind;
  index: number;
  url: string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  pid(): number | undefined;
}

export interface ServersCluster {
  gatewayUrl: string;
  databaseUrl: string;
  redisUrl: string;
  dataDir: string;
  replicas(kind: Kind): Replica[];
  /** Sends the signal to one replica and waits for its process to exit. */
  signal(kind: Kind, index: number, signal: NodeJS.Signals): Promise<void>;
  /** Starts that replica again on the same port and waits until it is ready. */
  restart(kind: Kind, index: number): Promise<void>;
  /** What the processes printed, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const readyAt = (url: string) => async () => (await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(1000) })).ok;

export async function startServersCluster(options: { replicas: number }): Promise<ServersCluster> {
  // A free port, not a fixed one: two runs of this harness at once must not share a Redis.
  const redisPort = await freePort();
  const suffix = randomBytes(4).toString("hex");
  const databaseName = `silta_cluster_${suffix}`;
  const admin = new Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  const databaseUrl = Object.assign(new URL(testPostgresUrl), { pathname: `/${databaseName}` }).toString();
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const dataDir = await mkdtemp(join(tmpdir(), "silta-cluster-"));
  let output = "";
  const say = (line: string) => (output = `${output}${line}`.slice(-200_000));

  const redis = spawn("redis-server", ["--port", String(redisPort), "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const processes = new Map<string, ChildProcess>();
  const fronts: RoundRobinFront[] = [];
  let stopped = false;
  const stopEverything = async () => {
    stopped = true;
    await Promise.all(
      [...processes.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGKILL");
          }),
      ),
    );
    await Promise.all(fronts.map((front) => front.close()));
    redis.kill("SIGKILL");
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await until("the private Redis answering", () => redisPing(redisPort), 10_000);
    const databases = await openSubgraphDatabases(databaseUrl, 1);
    try {
      await migrateSubgraphs(databases);
    } finally {
      await closeAll(databases);
    }

    const ports = new Map<Kind, number[]>();
    for (const kind of kinds) ports.set(kind, await Promise.all(Array.from({ length: options.replicas }, freePort)));
    const backendUrls = (kind: Kind) => ports.get(kind)!.map((port) => `http://127.0.0.1:${port}`);
    const frontOf = new Map<Kind, RoundRobinFront>();
    for (const kind of kinds) {
      const front = await startRoundRobinFront(backendUrls(kind));
      fronts.push(front);
      frontOf.set(kind, front);
    }
    const secret = randomBytes(32).toString("hex");
    const shared = {
      ...process.env,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      REDIS_URL: redisUrl,
      VIEWER_SIGNING_SECRET: secret,
      SILTA_DATA_DIR: dataDir,
    };
    const environment = (kind: Kind, port: number): NodeJS.ProcessEnv =>
      kind === "gateway"
        ? {
            ...shared,
            PORT: String(port),
            SHUTDOWN_GRACE_MS: "10000",
            // Fourteen services share this machine's two cores: a replica booting (tsx transpiling its
            // code) starves the others for seconds. A timeout that fired then would measure the test
            // machine, not the replicas, so the budget is wide; what is asserted is what fails.
            SUBGRAPH_TIMEOUT_MS: "30000",
            // One system client drives the whole load: its shared (Redis) rate limit must not be what is measured.
            RATE_LIMIT_REQUESTS: "1000000",
            ...Object.fromEntries(
              subgraphs.map(({ name }) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `${frontOf.get(name)!.url}/graphql`]),
            ),
          }
        : {
            ...shared,
            PORT: String(port),
            DATABASE_URL: databaseUrl,
            DATABASE_SCHEMA: kind,
            DATABASE_POOL_SIZE: "4",
            // A killed replica's unacknowledged events are taken over quickly, so the test need not wait a minute.
            EVENTS_CLAIM_IDLE_MS: "2000",
            DATABASE_STATEMENT_TIMEOUT_MS: "20000",
            // As wide as the gateway's SUBGRAPH_TIMEOUT_MS above, whose remaining wait each call announces.
            REQUEST_DEADLINE_MS: "30000",
            CONSENTS_ACCESS_TIMEOUT_MS: "20000",
            IDENTITY_CODE_HASH_KEY: "cluster-test-identity-code-hash-key-0123456789",
            CONSENTS_ACCESS_URL: `${frontOf.get("consents")!.url}/internal/access`,
          };
    const entry = (kind: Kind) => (kind === "gateway" ? "gateway/src/main.ts" : `subgraphs/${kind}/src/main.ts`);
    const key = (kind: Kind, index: number) => `${kind}#${index}`;
    const exits = new Map<string, Promise<void>>();
    const launch = (kind: Kind, index: number) => {
      if (stopped) return;
      const port = ports.get(kind)![index]!;
      const child = spawn(process.execPath, ["--import", "tsx", entry(kind)], {
        cwd: root,
        env: environment(kind, port),
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout!.on("data", (chunk: Buffer) => say(`[${key(kind, index)}] ${chunk.toString()}`));
      child.stderr!.on("data", (chunk: Buffer) => say(`[${key(kind, index)}] ${chunk.toString()}`));
      processes.set(key(kind, index), child);
      exits.set(key(kind, index), new Promise((resolve) => child.once("exit", () => resolve())));
    };
    // Subgraphs first (consents before the others need its decisions), then the gateways.
    for (const kind of kinds.filter((kind) => kind !== "gateway")) for (let i = 0; i < options.replicas; i += 1) launch(kind, i);
    for (const kind of kinds.filter((kind) => kind !== "gateway"))
      for (const url of backendUrls(kind)) await until(`${kind} at ${url} ready`, readyAt(url), 180_000);
    for (let i = 0; i < options.replicas; i += 1) launch("gateway", i);
    for (const url of backendUrls("gateway")) await until(`gateway at ${url} ready`, readyAt(url), 180_000);
    await until(
      "every front routing to all its replicas",
      async () => fronts.every((front) => front.ready().length === options.replicas),
      10_000,
    );

    return {
      gatewayUrl: `${frontOf.get("gateway")!.url}/graphql`,
      databaseUrl,
      redisUrl,
      dataDir,
      replicas: (kind) =>
        backendUrls(kind).map((url, index) => ({
          kind,
          index,
          url,
          exited: exits.get(key(kind, index))!,
          pid: () => processes.get(key(kind, index))?.pid,
        })),
      signal: async (kind, index, signal) => {
        // SIGTERM comes as a platform sends it: after the endpoint is removed (the preStop pause), so
        // no new request is on its way to a replica that is closing. SIGKILL comes unannounced.
        if (signal === "SIGTERM") {
          frontOf.get(kind)!.remove(backendUrls(kind)[index]!);
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        processes.get(key(kind, index))!.kill(signal);
        await exits.get(key(kind, index));
      },
      restart: async (kind, index) => {
        launch(kind, index);
        frontOf.get(kind)!.admit(backendUrls(kind)[index]!);
        await until(`${kind}#${index} ready again`, readyAt(backendUrls(kind)[index]!), 180_000);
        await until(
          `the ${kind} front routing to ${kind}#${index}`,
          async () => frontOf.get(kind)!.ready().length === options.replicas,
          10_000,
        );
      },
      output: () => output,
      stop: stopEverything,
    };
  } catch (error) {
    await stopEverything();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- what the services said ---\n${output}`);
  }
}

async function redisPing(port: number): Promise<boolean> {
  const client = new Redis(port, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } finally {
    client.disconnect();
  }
}
