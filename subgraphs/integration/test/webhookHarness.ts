import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DomainEvent, EventBus } from "@silta/kernel";

/** The real Redis, but on streams of this test's own: the shared `silta:events:*` streams stay untouched. */
export function prefixedBus(inner: EventBus, prefix: string): EventBus {
  return {
    publish: (stream, events) => inner.publish(prefix + stream, events),
    subscribe: (options) => inner.subscribe({ ...options, stream: prefix + options.stream }),
    close: () => inner.close(),
  };
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** `Date.now()` when the request had arrived in full. */
  at: number;
}

/** What a receiver answers: a status, or `"hang"` (no answer until the receiver is closed). */
export type Answer = number | "hang";

export interface Receiver {
  url: string;
  received: Received[];
  /** Decides each answer; by default 200. */
  respond: { with: (post: Received) => Answer; delayMs: number };
  /** The most requests it had open at the same time. */
  maxOpen(): number;
  close(): Promise<void>;
}

/** A real HTTP receiver on port 0 that answers as `respond` says and keeps what it got. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const respond: Receiver["respond"] = { with: () => 200, delayMs: 0 };
  let open = 0;
  let maxOpen = 0;
  const server: Server = createServer((request, response) => {
    open += 1;
    maxOpen = Math.max(maxOpen, open);
    response.on("close", () => (open -= 1));
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const post = { headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() };
      received.push(post);
      const answer = respond.with(post);
      if (answer === "hang") return;
      setTimeout(() => response.writeHead(answer).end(), respond.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    respond,
    maxOpen: () => maxOpen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 8_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function event(type: string, source: string, data: Record<string, unknown> = {}): DomainEvent {
  const aggregateId = randomUUID();
  return {
    id: randomUUID(),
    type,
    source,
    aggregateType: "Client",
    aggregateId,
    aggregateVersion: 1,
    changedFields: Object.keys(data),
    occurredAt: new Date().toISOString(),
    actorId: "p1",
    schemaVersion: 2,
    data,
  };
}

/** The event ids a receiver got, in the order it got them. */
export const eventIds = (received: Received[]) => received.map((post) => (JSON.parse(post.body) as DomainEvent).id);
