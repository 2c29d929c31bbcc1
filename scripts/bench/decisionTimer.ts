import { createConnection, createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { performance } from "node:perf_hooks";

/** One access decision call a subgraph made: when it started and ended (performance.now()). */
export interface TimedCall {
  start: number;
  end: number;
}

/**
 * A pass-through proxy between the subgraphs and the consents service's decision endpoint, which
 * notes when each call began and ended. Every decision of the lists and entities of the other
 * subgraphs goes through it (decided, and the access log entries written, before it answers), so the
 * share of a request's time spent deciding and logging can be read from outside the services.
 * Decisions the consents subgraph makes in process for its own fields do not pass here.
 *
 * It relays bytes, not HTTP: the benchmark's own process shares the machine's two cores with the
 * hub, and an HTTP proxy (parsing and rebuilding every call and its 40 kB body) added CPU and a hop
 * to the very requests it timed. The callers speak HTTP/1.1 without pipelining over keep-alive
 * connections, so on one connection a call begins with the first bytes the caller sends after an
 * answer (or after connecting) and ends with the last bytes of the answer before the next call.
 */
export class DecisionTimer {
  private readonly finished: TimedCall[] = [];
  private readonly open = new Set<ConnectionCalls>();
  private server?: Server;

  /** Every call so far, those whose answer may still be arriving included. */
  get calls(): readonly TimedCall[] {
    const current = [...this.open].map((connection) => connection.current()).filter((call) => call !== undefined);
    return [...this.finished, ...current];
  }

  /** Starts the proxy to `target` (the decision endpoint) and returns the URL the subgraphs should call. */
  async start(target: string): Promise<string> {
    const to = new URL(target);
    this.server = createServer((caller) => this.relay(caller, to));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}${to.pathname}`;
  }

  /** Milliseconds within [from, to] during which at least one decision call was open. */
  busyWithin(from: number, to: number): number {
    const spans = this.calls
      .filter((call) => call.end > from && call.start < to)
      .map((call) => [Math.max(call.start, from), Math.min(call.end, to)] as const)
      .sort((a, b) => a[0] - b[0]);
    let busy = 0;
    let reached = from;
    for (const [start, end] of spans) {
      if (end <= reached) continue;
      busy += end - Math.max(start, reached);
      reached = end;
    }
    return busy;
  }

  async stop(): Promise<void> {
    for (const connection of this.open) connection.close();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private relay(caller: Socket, to: URL): void {
    const service = createConnection({ host: to.hostname, port: Number(to.port) });
    const connection = new ConnectionCalls(caller, service, (call) => this.finished.push(call));
    this.open.add(connection);
    caller.on("data", (bytes) => {
      connection.callerSent();
      service.write(bytes);
    });
    service.on("data", (bytes) => {
      connection.serviceAnswered();
      caller.write(bytes);
    });
    const end = () => {
      connection.close();
      this.open.delete(connection);
    };
    caller.on("close", end);
    service.on("close", end);
    caller.on("error", end);
    service.on("error", end);
  }
}

/** The calls on one keep-alive connection, one at a time. */
class ConnectionCalls {
  private call: TimedCall | undefined;
  private answering = false;

  constructor(
    private readonly caller: Socket,
    private readonly service: Socket,
    private readonly finish: (call: TimedCall) => void,
  ) {}

  /** Bytes from the caller: a new call when the last one had begun to be answered. */
  callerSent(): void {
    const now = performance.now();
    if (this.call && this.answering) this.done();
    this.call ??= { start: now, end: now };
  }

  serviceAnswered(): void {
    if (!this.call) return;
    this.answering = true;
    this.call.end = performance.now();
  }

  current(): TimedCall | undefined {
    return this.answering ? this.call : undefined;
  }

  close(): void {
    if (this.call && this.answering) this.done();
    this.call = undefined;
    this.caller.destroy();
    this.service.destroy();
  }

  private done(): void {
    this.finish(this.call!);
    this.call = undefined;
    this.answering = false;
  }
}
