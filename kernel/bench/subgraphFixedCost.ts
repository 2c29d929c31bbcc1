import { fork, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Session } from "node:inspector/promises";
import { parse } from "graphql";
import { Pool } from "undici";
import { remoteAccessPolicy, loggerAccessLog } from "../src/access";
import type { Database } from "../src/db";
import { InProcessEventBus } from "../src/events";
import { createLogger } from "../src/log";
import { createSubgraphService } from "../src/subgraph/createSubgraphService";
import { signViewer, viewerKey, type Viewer } from "../src/viewer";
import { DateScalar } from "../src/graphql/scalars";
import type { RequestScope } from "../src/subgraph/createSubgraphService";
import { LocalDate } from "../src/time/localDate";
import { optionsOf, runBenchmark, UsageError, wholeNumber } from "@silta/testkit";

/**
 * The fixed CPU one subgraph request costs in the kernel's shared path, without any subgraph's own
 * data: `npx tsx kernel/bench/subgraphFixedCost.ts --help` tells the options (run with the project's
 * Node, `node_modules/.bin`, first on the PATH).
 *
 * Method. A child process runs a subgraph built by `createSubgraphService` exactly as every subgraph
 * is (HTTP front, request deadline, viewer verification, Apollo Server and its plugins, the access
 * guard and `@clientData` rules, the remote access policy and its undici pool) whose schema has one
 * entity, `Client`, answered from its representation with no database. This process plays the gateway
 * and the consents service: it sends `_entities` calls for `--clients` clients in the shape the
 * caseload asks of the clients subgraph (`--shape clients`: names and birth date, decided before they
 * resolve) or of fit (`--shape fit`: the latest score, resolved and then decided with the measurement's
 * own rule), each with a freshly signed viewer header, a request id and a deadline as the gateway sends
 * them, one at a time on a keep-alive connection, and answers the child's decision calls with every
 * client allowed. After `--warm-up` calls (1,000), each round sends `--requests` calls and reads the child's
 * own CPU (`process.cpuUsage`, user + system) before and after; the median of the rounds is reported.
 * With `--baseline`, a second child runs that file's kernel (a checkout of main, say) and the rounds
 * of the two take turns, so a change in the machine's load falls on both alike; the per-round ratio
 * is the comparison to read on a shared machine. `--profile` writes a V8 CPU profile of this
 * checkout's child over its last round (the profiler roughly doubles the CPU it measures).
 */
const SCHEMA = parse(`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    @link(url: "https://silta.fi/clientData/v1.0", import: ["@clientData"])
  enum ClientDataCategory { basic fit }
  directive @clientData(category: ClientDataCategory!, clientId: String = "id", serviceTask: String) on FIELD_DEFINITION
  scalar Date
  type Client @key(fields: "id") {
    id: ID!
    firstName: String @clientData(category: basic)
    lastName: String @clientData(category: basic)
    birthDate: Date @clientData(category: basic)
    latestOutcome: Measurement @clientData(category: fit)
  }
  type Measurement {
    id: ID! @clientData(category: fit, clientId: "clientId", serviceTask: "service")
    instrument: String @clientData(category: fit, clientId: "clientId", serviceTask: "service")
    total: Float @clientData(category: fit, clientId: "clientId", serviceTask: "service")
  }
  type Query { ping: String }
`);

/**
 * What the gateway asks of the two subgraphs that answer the caseload's 79 clients: the clients
 * subgraph their names (decided before the fields resolve), the fit subgraph their latest score
 * (resolved first, then decided with the measurement's own rule in one batch).
 */
const QUERIES = {
  clients:
    "query($representations:[_Any!]!){_entities(representations:$representations){...on Client{__typename id firstName lastName birthDate}}}",
  fit: "query($representations:[_Any!]!){_entities(representations:$representations){...on Client{__typename latestOutcome{instrument total}}}}",
};
const SECRET = "bench-secret-0123456789abcdef0123456789abcdef";
const VIEWER: Viewer = {
  id: "00000000-0000-4000-8000-000000000001",
  kind: "professional",
  organizationId: "00000000-0000-4000-8000-000000000002",
  roles: ["social_worker"],
  scopes: [],
  purpose: "caseload",
};

async function serve(accessUrl: string): Promise<void> {
  const log = createLogger({ service: "bench", level: "warn" });
  const key = viewerKey(SECRET);
  const service = createSubgraphService({
    name: "bench",
    typeDefs: SCHEMA,
    resolvers: {
      Query: { ping: () => "pong" },
      Date: DateScalar,
      Client: {
        // As the clients subgraph does: the row is answered once the viewer's basic basis is decided.
        __resolveReference: async ({ id }: { id: string }, context: RequestScope) => {
          await context.access.assert(id, "basic");
          return { id, firstName: "Aino", lastName: `Virtanen ${id.slice(-4)}`, birthDate: new Date("2011-04-05T00:00:00Z") };
        },
        birthDate: (parent: { birthDate: Date }) => LocalDate.fromDb(parent.birthDate),
        latestOutcome: ({ id }: { id: string }) => ({
          id: `${id.slice(0, -1)}f`,
          clientId: id,
          service: null,
          instrument: "ORS",
          total: 23.5,
        }),
      },
    },
    deps: {
      database: { sql: { query: async () => [] } } as unknown as Database,
      viewerKey: key,
      log,
      accessPolicy: remoteAccessPolicy({ url: accessUrl, key }),
      accessLog: loggerAccessLog(log),
      bus: new InProcessEventBus(),
      settings: { identityCodeHashKey: SECRET, timeZone: "Europe/Helsinki" },
    },
    introspection: false,
    createContext: (scope) => scope,
  });
  const url = await service.start(0);
  const session = new Session();
  process.on("message", (message: { ask: string; file?: string }) => {
    void (async () => {
      if (message.ask === "cpu") {
        const { user, system } = process.cpuUsage();
        process.send!({ cpuMicros: user + system, systemMicros: system });
      } else if (message.ask === "profile") {
        session.connect();
        await session.post("Profiler.enable");
        await session.post("Profiler.setSamplingInterval", { interval: 100 });
        await session.post("Profiler.start");
        process.send!({ profiling: true });
      } else if (message.ask === "stop") {
        const { profile } = await session.post("Profiler.stop");
        writeFileSync(message.file!, JSON.stringify(profile));
        process.send!({ written: message.file });
      }
    })();
  });
  process.send!({ url });
}

/** The consents service's decision endpoint, answering every request allowed. */
async function decisionEndpoint(): Promise<{ url: string; calls: () => number; close: () => void }> {
  let calls = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    // A call cut short (its caller gone at its deadline) must not take this process down with it.
    request.on("error", () => undefined);
    request.on("end", () => {
      calls += 1;
      response.setHeader("content-type", "application/json");
      let requests: unknown;
      try {
        requests = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { requests?: unknown }).requests;
      } catch {
        requests = undefined;
      }
      // As the consents service answers a body that is not a batch: 400, and the caller fails closed.
      if (!Array.isArray(requests)) {
        response.statusCode = 400;
        response.end(JSON.stringify({ error: "not a decision batch" }));
        return;
      }
      response.end(JSON.stringify({ decisions: requests.map(() => ({ allowed: true, basis: "client_relationship" })) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.keepAliveTimeout = 65_000;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/access`,
    calls: () => calls,
    close: () => server.close(),
  };
}

function ask<T>(child: ChildProcess, message: object, key: string): Promise<T> {
  return new Promise((resolve) => {
    const listen = (answer: Record<string, unknown>) => {
      if (!(key in answer)) return;
      child.off("message", listen);
      resolve(answer[key] as T);
    };
    child.on("message", listen);
    child.send(message);
  });
}

/** One subgraph process under test, and how to send it one `_entities` call. */
interface Subject {
  label: string;
  child: ChildProcess;
  one(): Promise<void>;
  close(): Promise<void>;
}

async function startSubject(label: string, file: string, accessUrl: string, body: string): Promise<Subject> {
  const child = fork(file, ["--serve", accessUrl], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const subgraphUrl = await new Promise<string>((resolve) =>
    child.once("message", (message: { url: string }) => resolve(message.url)),
  );
  const target = new URL(subgraphUrl);
  const pool = new Pool(target.origin, { connections: 1, keepAliveTimeout: 65_000 });
  const key = viewerKey(SECRET);
  let sent = 0;
  return {
    label,
    child,
    async one() {
      sent += 1;
      const response = await pool.request({
        path: target.pathname,
        method: "POST",
        headers: {
          "content-type": "application/json",
          // Signed afresh for every request, as the gateway does.
          "x-silta-viewer": await signViewer(VIEWER, key, "bench"),
          "x-request-id": `bench-request-${sent}`,
          "x-silta-deadline-ms": "4500",
        },
        body,
      });
      const text = await response.body.text();
      if (response.statusCode !== 200 || text.includes('"errors"'))
        throw new Error(`${label} answered ${response.statusCode}: ${text}`);
    },
    async close() {
      child.kill();
      await pool.close();
    },
  };
}

const USAGE = `usage: npx tsx kernel/bench/subgraphFixedCost.ts [--shape clients|fit] [--clients 79] [--requests 2000]
       [--rounds 5] [--warm-up 1000] [--baseline <another checkout's kernel/bench/subgraphFixedCost.ts>] [--profile <file>]
Prints one subgraph's CPU per _entities call in the kernel's shared path (method: this file's header,
docs/benchmarks.md "Eighth sitting").`;

interface Settings {
  shape: keyof typeof QUERIES;
  clients: number;
  requests: number;
  rounds: number;
  warmUp: number;
  baseline?: string;
  profile?: string;
}

function settingsOf(argv: string[]): Settings | "help" {
  const parsed = optionsOf(argv, {
    help: { type: "boolean", short: "h" },
    shape: { type: "string", default: "clients" },
    clients: { type: "string", default: "79" },
    requests: { type: "string", default: "2000" },
    rounds: { type: "string", default: "5" },
    "warm-up": { type: "string", default: "1000" },
    baseline: { type: "string" },
    profile: { type: "string" },
  });
  if (parsed.help) return "help";
  if (!(parsed.shape in QUERIES)) throw new UsageError(`--shape must be clients or fit (is ${parsed.shape})`);
  return {
    shape: parsed.shape as keyof typeof QUERIES,
    clients: wholeNumber("clients", parsed.clients, 1, 1_000),
    requests: wholeNumber("requests", parsed.requests, 1, 1_000_000),
    rounds: wholeNumber("rounds", parsed.rounds, 1, 100),
    warmUp: wholeNumber("warm-up", parsed["warm-up"], 0, 100_000),
    ...(parsed.baseline === undefined ? {} : { baseline: parsed.baseline }),
    ...(parsed.profile === undefined ? {} : { profile: parsed.profile }),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--serve") return serve(args[1]!);
  const settings = settingsOf(args);
  if (settings === "help") return console.log(USAGE);
  const { clients, shape, requests, rounds, warmUp, baseline, profile: profileFile } = settings;

  const representations = Array.from({ length: clients }, (_, index) => ({
    __typename: "Client",
    id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
  }));
  const body = JSON.stringify({ query: QUERIES[shape], variables: { representations } });
  const decisions = await decisionEndpoint();
  const subjects = [await startSubject("this", __filename, decisions.url, body)];
  if (baseline) subjects.unshift(await startSubject("baseline", baseline, decisions.url, body));
  for (const subject of subjects) for (let i = 0; i < warmUp; i++) await subject.one();
  const perRequest = new Map<string, number[]>(subjects.map(({ label }) => [label, []]));
  const systemPerRequest = new Map<string, number[]>(subjects.map(({ label }) => [label, []]));
  for (let round = 0; round < rounds; round++) {
    // Rounds of the subjects take turns, so a change in the machine's load falls on both alike.
    for (const subject of subjects) {
      const profiling = round === rounds - 1 && profileFile && subject.label === "this";
      if (profiling) await ask(subject.child, { ask: "profile" }, "profiling");
      const before = await ask<number>(subject.child, { ask: "cpu" }, "cpuMicros");
      const systemBefore = await ask<number>(subject.child, { ask: "cpu" }, "systemMicros");
      for (let i = 0; i < requests; i++) await subject.one();
      const systemAfter = await ask<number>(subject.child, { ask: "cpu" }, "systemMicros");
      const after = await ask<number>(subject.child, { ask: "cpu" }, "cpuMicros");
      systemPerRequest.get(subject.label)!.push((systemAfter - systemBefore) / requests);
      if (profiling) await ask(subject.child, { ask: "stop", file: profileFile }, "written");
      perRequest.get(subject.label)!.push((after - before) / requests);
    }
    console.log(
      `round ${round + 1}: ${subjects.map(({ label }) => `${label} ${perRequest.get(label)![round]!.toFixed(1)} µs`).join(", ")} of the subgraph's CPU per request`,
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  for (const { label } of subjects)
    console.log(
      `${label}: _entities of ${clients} clients (${shape}), ${requests} requests × ${rounds} rounds: median ${median(perRequest.get(label)!).toFixed(1)} µs CPU per request (min ${Math.min(...perRequest.get(label)!).toFixed(1)}), of which system ${median(systemPerRequest.get(label)!).toFixed(1)} µs`,
    );
  if (baseline) {
    const ratios = perRequest.get("this")!.map((value, round) => value / perRequest.get("baseline")![round]!);
    console.log(
      `this ÷ baseline, per round: ${ratios.map((ratio) => ratio.toFixed(3)).join(", ")}; median ${median(ratios).toFixed(3)}`,
    );
  }
  for (const subject of subjects) await subject.close();
  decisions.close();
}

runBenchmark(main, USAGE);
