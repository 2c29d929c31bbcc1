import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
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
 */
export class DecisionTimer {
  readonly calls: TimedCall[] = [];
  private server?: Server;

  /** Starts the proxy to `target` (the decision endpoint) and returns the URL the subgraphs should call. */
  async start(target: string): Promise<string> {
    const to = new URL(target);
    this.server = createServer((incoming, outgoing) => {
      const start = performance.now();
      const forward = httpRequest(
        // The path as asked: the decision endpoint and the one beside it (`/visible`) both pass.
        {
          host: to.hostname,
          port: to.port,
          path: incoming.url ?? to.pathname,
          method: incoming.method,
          headers: incoming.headers,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
          answer.on("end", () => this.calls.push({ start, end: performance.now() }));
        },
      );
      forward.on("error", () => {
        outgoing.writeHead(502);
        outgoing.end();
      });
      incoming.pipe(forward);
    });
    this.server.keepAliveTimeout = 60_000;
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
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
