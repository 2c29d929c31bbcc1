import http from "node:http";
import type { AddressInfo } from "node:net";
import { type Logger } from "@silta/kernel";
import { REQUEST_ID_HEADER, pathOf, requestIdFrom, sendJson, type Router } from "@silta/kernel/http";
import { corsHeaders, preflight } from "./cors";
import type { InFlightRequests } from "./inFlightRequests";

export interface GatewayHttpOptions {
  /** Every route of the gateway ({@link gatewayRoutes}). */
  route: Router;
  /** The GraphQL requests in flight, which `close` lets finish. */
  requests: InFlightRequests;
  /** Origins allowed to call from a browser (`*` for any). */
  corsOrigins: readonly string[];
  log: Logger;
  /** The path `listen` resolves to. */
  graphqlPath: string;
}

export interface GatewayHttp {
  readonly server: http.Server;
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), then closes every connection. */
  close(graceMs: number): Promise<void>;
}

/**
 * The gateway's HTTP front: a request id on every answer, CORS, then the route; graceful shutdown.
 * Like the kernel's front it has no framework in between, which keeps the gateway's added latency
 * low. What each path does is declared in `gatewayRoutes.ts`.
 */
export function createGatewayHttp(options: GatewayHttpOptions): GatewayHttp {
  const { requests } = options;
  const server = http.createServer((request, response) => {
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    // While draining, keep-alive connections close after their current answer.
    if (requests.draining) response.setHeader("connection", "close");
    const origin = request.headers.origin;
    if (origin) {
      if (request.method === "OPTIONS") return preflight(response, origin, options.corsOrigins);
      for (const [name, value] of corsHeaders(origin, options.corsOrigins)) response.setHeader(name, value);
    }
    const handled = options.route(pathOf(request))(request, response, requestId);
    void Promise.resolve(handled).catch((error: unknown) => {
      options.log.error({ err: error, requestId }, "request failed outside GraphQL");
      if (!response.headersSent)
        sendJson(response, 500, {
          errors: [{ message: "Internal error.", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }],
        });
      else response.end();
    });
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve(`http://${host}:${address.port}${options.graphqlPath}`);
        });
      }),
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const drained = requests.drain(graceMs);
      server.closeIdleConnections();
      await drained;
      server.closeAllConnections();
      await closed;
    },
  };
}
