import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { connect, createServer as createTcpServer, type AddressInfo, type Socket } from "node:net";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { Pool } from "undici";
import { optionsOf, runBenchmark, wholeNumber } from "@silta/testkit";

/**
 * What one message costs on this machine, apart from anything Silta does with it: `npx tsx
 * kernel/bench/messageCost.ts --help` tells the options (run with the project's Node,
 * `node_modules/.bin`, first on the PATH).
 *
 * Method. This process is the caller; a child process it forks answers. For each kind of exchange the
 * hub's requests are made of, `--calls` exchanges one at a time (after `--warm-up` of them), in
 * `--rounds` rounds, each round reading the CPU (user + system) each end used, and the wall time:
 *
 * - a TCP round trip on loopback: `--bytes` bytes sent, the same bytes echoed, no protocol (what any
 *   message pays the operating system, both ways);
 * - an HTTP call over a keep-alive connection: undici's `Pool` to a `node:http` server, a JSON body of
 *   `--bytes` bytes each way (how the gateway calls a subgraph and a subgraph the consents service);
 * - a statement over a pg pool: `SELECT $1::int`, prepared (named) as the hot reads are, on one
 *   connection to `DATABASE_URL` (or `TEST_DATABASE_URL`'s server); the answering end is that
 *   connection's PostgreSQL backend, its CPU read from /proc (only when the server runs on this
 *   machine; otherwise it is not given).
 *
 * Then the same again with the answering end idle before each exchange: `--idle-calls` exchanges per
 * round, each after a pause of `--idle-ms` (0 skips this part). In a request through the hub, most
 * messages reach a process that was waiting (the consents service between decision calls, a
 * PostgreSQL backend between statements), and on a virtual machine whose idle cores halt, waking one
 * costs more than the message itself (docs/benchmarks.md, "Sixteenth sitting").
 *
 * Prints per exchange the median of the rounds: wall time, the caller's CPU and the answerer's CPU per
 * exchange, back to back and after the pause, and the ratio of the two wall times. Results:
 * docs/benchmarks.md, "Fifteenth sitting" and "Sixteenth sitting".
 */

const USAGE = `usage: npx tsx kernel/bench/messageCost.ts [--calls 5000] [--rounds 3] [--warm-up 1000] [--bytes 2000]
                                                  [--idle-ms 10] [--idle-calls 300]
Prints what one exchange costs on this machine, each end's CPU and the wall time: a TCP round trip, an
HTTP call over keep-alive, a prepared statement over a pg pool (DATABASE_URL, else TEST_DATABASE_URL's
server); back to back, and each after --idle-ms of the answering end waiting (0: back to back only).
Method: this file's header; results: docs/benchmarks.md, "Fifteenth sitting" and "Sixteenth sitting".`;

interface Settings {
  calls: number;
  rounds: number;
  warmUp: number;
  bytes: number;
  /** The pause before each exchange of the idle part; 0 leaves that part out. */
  idleMs: number;
  idleCalls: number;
}

function settingsOf(argv: string[]): Settings | "help" {
  const parsed = optionsOf(argv, {
    help: { type: "boolean", short: "h" },
    calls: { type: "string", default: "5000" },
    rounds: { type: "string", default: "3" },
    "warm-up": { type: "string", default: "1000" },
    bytes: { type: "string", default: "2000" },
    "idle-ms": { type: "string", default: "10" },
    "idle-calls": { type: "string", default: "300" },
  });
  if (parsed.help) return "help";
  return {
    calls: wholeNumber("calls", parsed.calls, 1, 1_000_000),
    rounds: wholeNumber("rounds", parsed.rounds, 1, 100),
    warmUp: wholeNumber("warm-up", parsed["warm-up"], 0, 100_000),
    bytes: wholeNumber("bytes", parsed.bytes, 16, 1_048_576),
    idleMs: wholeNumber("idle-ms", parsed["idle-ms"], 0, 1_000),
    idleCalls: wholeNumber("idle-calls", parsed["idle-calls"], 1, 100_000),
  };
}

/** The child's end: an echo over TCP and a JSON answer over HTTP, and its own CPU when asked. */
async function serve(bytes: number): Promise<void> {
  const tcp = createTcpServer((socket) => {
    socket.setNoDelay(true);
    socket.on("data", (chunk) => socket.write(chunk));
  });
  const answer = JSON.stringify({ data: "x".repeat(bytes - 11) });
  const http = createHttpServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(answer);
    });
  });
  http.keepAliveTimeout = 65_000;
  const portOf = (server: { address(): AddressInfo | string | null }) => (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => tcp.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  process.on("message", () => process.send!(cpuMs()));
  process.send!({ tcpPort: portOf(tcp), httpPort: portOf(http) });
}

/** This process's CPU so far, user and system, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One kind of exchange: `one()` makes one, `answererCpuMs()` reads the answering end's CPU so far. */
interface Exchange {
  name: string;
  one(): Promise<void>;
  answererCpuMs(): Promise<number | undefined>;
  close(): Promise<void>;
}

function askChildCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once("message", (ms: number) => resolve(ms));
    child.send("cpu");
  });
}

async function tcpRoundTrip(child: ChildProcess, port: number, bytes: number): Promise<Exchange> {
  const socket: Socket = connect(port, "127.0.0.1");
  socket.setNoDelay(true);
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  const message = Buffer.alloc(bytes, 97);
  let waiting: { left: number; done: () => void } | undefined;
  socket.on("data", (chunk: Buffer) => {
    if (!waiting) return;
    waiting.left -= chunk.length;
    if (waiting.left <= 0) waiting.done();
  });
  return {
    name: "TCP round trip on loopback (two Node processes)",
    one: () =>
      new Promise<void>((done) => {
        waiting = { left: bytes, done };
        socket.write(message);
      }),
    answererCpuMs: () => askChildCpu(child),
    close: async () => void socket.destroy(),
  };
}

async function httpCall(child: ChildProcess, port: number, bytes: number): Promise<Exchange> {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 1, keepAliveTimeout: 65_000 });
  const body = JSON.stringify({ query: "x".repeat(bytes - 12) });
  return {
    name: "HTTP call, keep-alive (undici Pool → node:http)",
    async one() {
      const response = await pool.request({ path: "/", method: "POST", headers: { "content-type": "application/json" }, body });
      JSON.parse(await response.body.text());
    },
    answererCpuMs: () => askChildCpu(child),
    close: () => pool.close(),
  };
}

/** The CPU so far of a process of this machine, from /proc; undefined when it is not here. */
function procCpuMs(pid: number): number | undefined {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the command in parentheses): user and system time in ticks of 1/100 s.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

async function pooledStatement(url: string): Promise<Exchange> {
  // Never closed for idling (pg's default closes it after 10 s, while the exchanges before it are
  // measured): the backend whose CPU is read must be the one that answers.
  const pool = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0 });
  const [{ pid }] = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows as [{ pid: number }];
  let value = 0;
  return {
    name: "prepared statement over a pg pool (SELECT $1::int)",
    async one() {
      value += 1;
      await pool.query({ name: "message_cost", text: "SELECT $1::int AS value", values: [value] });
    },
    answererCpuMs: async () => procCpuMs(pid),
    close: () => pool.end(),
  };
}

interface Round {
  wallUs: number;
  callerUs: number;
  answererUs: number | undefined;
}

/** How a round's exchanges are made: how many, and the pause before each (0: back to back). */
interface Pace {
  calls: number;
  pauseMs: number;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function measure(exchange: Exchange, rounds: number, pace: Pace): Promise<Round[]> {
  const measured: Round[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const answererBefore = await exchange.answererCpuMs();
    const callerBefore = cpuMs();
    let wall = 0;
    if (pace.pauseMs === 0) {
      const start = performance.now();
      for (let i = 0; i < pace.calls; i += 1) await exchange.one();
      wall = performance.now() - start;
    } else {
      // Only the exchange is timed, not the pause; the CPU of either end over the pause is next to none.
      for (let i = 0; i < pace.calls; i += 1) {
        await pause(pace.pauseMs);
        const start = performance.now();
        await exchange.one();
        wall += performance.now() - start;
      }
    }
    const caller = cpuMs() - callerBefore;
    const answererAfter = await exchange.answererCpuMs();
    const per = (ms: number) => (ms * 1000) / pace.calls;
    measured.push({
      wallUs: per(wall),
      callerUs: per(caller),
      answererUs: answererBefore === undefined || answererAfter === undefined ? undefined : per(answererAfter - answererBefore),
    });
  }
  return measured;
}

/** The medians of the rounds as table cells: wall, the caller's CPU, the answerer's CPU. */
function cellsOf(rounds: readonly Round[]): { wallUs: number; cells: string[] } {
  const us = (value: number) => `${value.toFixed(1)} µs`;
  const answerer = rounds.map((round) => round.answererUs).filter((value) => value !== undefined);
  const wallUs = median(rounds.map((round) => round.wallUs));
  return {
    wallUs,
    cells: [
      us(wallUs),
      us(median(rounds.map((round) => round.callerUs))),
      answerer.length ? us(median(answerer)) : "not on this machine",
    ],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--serve") return serve(Number(args[1]));
  const settings = settingsOf(args);
  if (settings === "help") return console.log(USAGE);
  const databaseUrl =
    process.env["DATABASE_URL"] ?? process.env["TEST_DATABASE_URL"] ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const child = fork(__filename, ["--serve", String(settings.bytes)], {
    execArgv: process.execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ports = await new Promise<{ tcpPort: number; httpPort: number }>((resolve) => child.once("message", resolve));
  const exchanges = [
    await tcpRoundTrip(child, ports.tcpPort, settings.bytes),
    await httpCall(child, ports.httpPort, settings.bytes),
    await pooledStatement(databaseUrl),
  ];
  const idle = settings.idleMs > 0;
  console.log(
    `What one exchange costs on this machine: ${settings.calls} exchanges × ${settings.rounds} rounds back to back` +
      (idle ? `, ${settings.idleCalls} × ${settings.rounds} each after ${settings.idleMs} ms idle` : "") +
      `, ${settings.bytes}-byte messages (TCP and HTTP), medians of the rounds\n`,
  );
  const afterIdle = `after ${settings.idleMs} ms idle`;
  const header = ["exchange", "wall per exchange", "caller's CPU", "answerer's CPU"];
  if (idle) header.push(`${afterIdle}: wall`, "caller's CPU", "answerer's CPU", "wall, idle ÷ back to back");
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  try {
    for (const exchange of exchanges) {
      for (let i = 0; i < settings.warmUp; i += 1) await exchange.one();
      const busy = cellsOf(await measure(exchange, settings.rounds, { calls: settings.calls, pauseMs: 0 }));
      const row = [exchange.name, ...busy.cells];
      if (idle) {
        const waking = cellsOf(await measure(exchange, settings.rounds, { calls: settings.idleCalls, pauseMs: settings.idleMs }));
        row.push(...waking.cells, `×${(waking.wallUs / busy.wallUs).toFixed(1)}`);
      }
      console.log(`| ${row.join(" | ")} |`);
    }
  } finally {
    for (const exchange of exchanges) await exchange.close();
    child.kill();
  }
}

runBenchmark(main, USAGE);
