import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { Agent, request } from "undici";
import { DecisionTimer } from "./decisionTimer";

/** A decision endpoint stand-in that answers each call after `delay` ms, echoing its body's length. */
async function slowEndpoint(delay: number): Promise<{ server: Server; url: string }> {
  const server = createServer((incoming, outgoing) => {
    let length = 0;
    incoming.on("data", (chunk: Buffer) => (length += chunk.length));
    incoming.on("end", () =>
      setTimeout(() => {
        outgoing.writeHead(200, { "content-type": "application/json" });
        // A large answer arrives in several chunks: the call ends with the last one.
        outgoing.end(JSON.stringify({ length, padding: "x".repeat(200_000) }));
      }, delay),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/internal/access` };
}

describe("DecisionTimer", () => {
  let endpoint: { server: Server; url: string };
  let timer: DecisionTimer;
  let agent: Agent;
  let proxied: string;

  beforeEach(async () => {
    endpoint = await slowEndpoint(40);
    timer = new DecisionTimer();
    proxied = await timer.start(endpoint.url);
    // One keep-alive connection, so consecutive calls share it as the subgraphs' pools do.
    agent = new Agent({ connections: 1 });
  });

  afterEach(async () => {
    await agent.close();
    await timer.stop();
    await new Promise((resolve) => endpoint.server.close(resolve));
  });

  async function call(body: string): Promise<{ start: number; end: number; answer: { length: number } }> {
    const start = performance.now();
    const answered = await request(proxied, { method: "POST", body, dispatcher: agent });
    const answer = (await answered.body.json()) as { length: number };
    return { start, end: performance.now(), answer };
  }

  it("relays each call and its answer unchanged, and times every call on one keep-alive connection apart", async () => {
    const first = await call("a".repeat(100_000));
    const second = await call("b".repeat(10));

    expect(first.answer.length).toBe(100_000);
    expect(second.answer.length).toBe(10);
    const calls = [...timer.calls].sort((a, b) => a.start - b.start);
    expect(calls).toHaveLength(2);
    for (const [index, caller] of [first, second].entries()) {
      const timed = calls[index]!;
      // Within what the caller saw, and at least the endpoint's delay.
      expect(timed.start).toBeGreaterThanOrEqual(caller.start);
      expect(timed.end).toBeLessThanOrEqual(caller.end);
      expect(timed.end - timed.start).toBeGreaterThanOrEqual(39);
    }
  });

  it("counts the time during which a call was open, overlapping calls once", async () => {
    const from = performance.now();
    const parallelAgent = new Agent({ connections: 2 });
    try {
      await Promise.all(
        ["x", "y"].map((body) =>
          request(proxied, { method: "POST", body, dispatcher: parallelAgent }).then((r) => r.body.json()),
        ),
      );
    } finally {
      await parallelAgent.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const to = performance.now();

    expect(timer.calls).toHaveLength(2);
    const busy = timer.busyWithin(from, to);
    // Two calls of 40 ms in parallel are about 40 ms busy, not 80, within a window of 90 and more.
    expect(busy).toBeGreaterThanOrEqual(39);
    expect(busy).toBeLessThan(to - from - 45);
  });
});
