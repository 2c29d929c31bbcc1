import { request, createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * What a platform's Service does in front of replicas, for tests: round robin over the backends whose
 * `/health/ready` answered 200 at the last poll (a draining replica answers 503 and drops out), and a
 * request whose connection was refused goes to the next backend (it never reached the first, so any
 * request may move). No keep-alive to the backends: a reused socket closed by a stopping replica
 * would make a request's fate unknown, which a real endpoint controller avoids the same way.
 */
export interface RoundRobinFront {
  url: string;
  /** The backends that answered ready at the last poll. */
  ready(): string[];
  /**
   * Stops routing to a backend before it is stopped, and starts again once it is back: what the
   * endpoint controller does while a pod's preStop pause runs (deploy/kubernetes).
   */
  remove(backend: string): void;
  admit(backend: string): void;
  close(): Promise<void>;
}

const REFUSED = new Set(["ECONNREFUSED"]);

export async function startRoundRobinFront(backends: readonly string[], pollMs = 100): Promise<RoundRobinFront> {
  const ready = new Set<string>();
  const removed = new Set<string>();
  let next = 0;
  let polling = true;
  const poll = async () => {
    while (polling) {
      await Promise.all(
        backends.map(async (backend) => {
          const ok = await fetch(`${backend}/health/ready`, { signal: AbortSignal.timeout(1000) }).then(
            (answer) => answer.ok,
            () => false,
          );
          if (ok && !removed.has(backend)) ready.add(backend);
          else ready.delete(backend);
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };
  const polled = poll();

  const forward = (incoming: IncomingMessage, body: Buffer, outgoing: ServerResponse, tried: Set<string>) => {
    const candidates = backends.filter((backend) => ready.has(backend) && !tried.has(backend));
    // Health endpoints go to any backend, ready or not, so a front is never less live than its replicas.
    const pool = candidates.length > 0 ? candidates : backends.filter((backend) => !tried.has(backend));
    if (pool.length === 0) {
      outgoing.writeHead(503, { "content-type": "text/plain" }).end("no backend available");
      return;
    }
    const backend = pool[next++ % pool.length]!;
    tried.add(backend);
    const target = new URL(incoming.url ?? "/", backend);
    const upstream = request(target, {
      method: incoming.method,
      headers: { ...incoming.headers, host: target.host },
      agent: false,
    });
    upstream.on("response", (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on("error", (error: NodeJS.ErrnoException) => {
      if (outgoing.headersSent) {
        outgoing.destroy(error);
      } else if (REFUSED.has(error.code ?? "")) {
        ready.delete(backend);
        forward(incoming, body, outgoing, tried);
      } else {
        outgoing.writeHead(502, { "content-type": "text/plain" }).end(`backend failed: ${error.code ?? error.message}`);
      }
    });
    upstream.end(body);
  };

  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => forward(incoming, Buffer.concat(chunks), outgoing, new Set()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ready: () => backends.filter((backend) => ready.has(backend)),
    remove: (backend) => {
      removed.add(backend);
      ready.delete(backend);
    },
    admit: (backend) => void removed.delete(backend),
    close: async () => {
      polling = false;
      await polled;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
