import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Logger } from "../log";
import { REQUEST_ID_HEADER, requestIdFrom } from "./requestId";
import { readBody, sendJson, tooLarge, withTimeout } from "./httpIo";
import { runWithDeadline } from "../db/requestDeadline";
import { requestDeadlineOf } from "./requestDeadlineOf";
import { createRouter, pathOf, type HttpRoute, type RouteHandler } from "./router";

export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export interface HttpServiceOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  /** Builds the per-request context; throw a SiltaError (e.g. UNAUTHENTICATED) to refuse the request. */
  context(request: IncomingMessage, requestId: string): Promise<Context>;
  /** What `/health/ready` checks: every check must pass within the timeout. */
  readiness: ReadinessCheck[];
  log: Logger;
  /** Path of the GraphQL endpoint. Default `/graphql`. */
  graphqlPath?: string;
  /** Largest accepted request body in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Further routes by path prefix (the data lake export's `/export/`). Default none. */
  routes?: readonly HttpRoute[];
  /** Further routes by exact path (the consents subgraph's `/internal/access`). Default none. */
  paths?: Record<string, RouteHandler>;
  /**
   * Longest a GraphQL request may keep the database working, in ms: its statements are not started
   * past it and are cancelled at it, or as soon as the caller hangs up. The caller's
   * `x-silta-deadline-ms` (the gateway's remaining wait) may shorten it, never lengthen it. Default:
   * none (the gateway's own front, which has no database).
   */
  requestDeadlineMs?: number;
  /**
   * How long `close()` lets requests in flight finish before it cuts the connections still open, in
   * ms. Default 10,000 (below Kubernetes' 30 s termination grace, after its preStop pause).
   */
  drainMs?: number;
}

export interface HttpService {
  readonly server: http.Server;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const READINESS_TIMEOUT_MS = 2_000;

/**
 * A small Node HTTP front for an Apollo Server: GraphQL, `/health/live`, `/health/ready`, a request
 * id on every response. No framework: it is all a subgraph or the gateway needs, and the fewer
 * layers the lower the latency.
 */
export function createHttpService<Context extends BaseContext>(options: HttpServiceOptions<Context>): HttpService {
  const graphqlPath = options.graphqlPath ?? "/graphql";
  let draining = false;
  const answering = new Set<ServerResponse>();
  // Every route of a subgraph's front.
  const route = createRouter({
    paths: {
      ...options.paths,
      "/health/live": (_request, response) => sendJson(response, 200, { status: "live" }),
      "/health/ready": (_request, response) =>
        draining ? sendJson(response, 503, { status: "draining" }) : ready(options.readiness, response),
      [graphqlPath]: (request, response, requestId) => graphql(options, request, response, requestId),
    },
    prefixes: options.routes,
  });
  const server = http.createServer((request, response) => {
    answering.add(response);
    response.once("close", () => answering.delete(response));
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    // Draining: every answer closes its connection, so keep-alive callers reconnect to another replica
    // instead of holding this one open.
    if (draining) response.setHeader("connection", "close");
    const handled = route(pathOf(request))(request, response, requestId);
    void Promise.resolve(handled).catch((error: unknown) => {
      options.log.error({ err: error, requestId }, "request failed outside GraphQL");
      if (!response.headersSent) sendJson(response, 500, { error: "internal error", requestId });
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
          resolve(`http://${host}:${address.port}${graphqlPath}`);
        });
      }),
    // Readiness drops at once; requests in flight finish; idle keep-alive connections close now and
    // busy ones after their answer; whatever is still open after drainMs is cut.
    close: () =>
      new Promise((resolve) => {
        draining = true;
        for (const response of answering) if (!response.headersSent) response.setHeader("connection", "close");
        const cut = setTimeout(() => server.closeAllConnections(), options.drainMs ?? 10_000);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

async function graphql<Context extends BaseContext>(
  options: HttpServiceOptions<Context>,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
): Promise<void> {
  const body = await readBody(request, options.maxBodyBytes ?? 1_048_576);
  if (body === tooLarge)
    return sendJson(response, 413, {
      errors: [{ message: "Request body too large.", extensions: { code: "REQUEST_TOO_LARGE", requestId } }],
    });
  let parsed: unknown;
  if (request.method === "POST") {
    try {
      parsed = body.length > 0 ? JSON.parse(body) : undefined;
    } catch {
      return sendJson(response, 400, {
        errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST", requestId } }],
      });
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const execute = () =>
    options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (request.method ?? "GET").toUpperCase(),
        headers,
        search: searchOf(request.url ?? "/"),
        body: parsed,
      },
      context: () => options.context(request, requestId),
    });
  const result =
    options.requestDeadlineMs === undefined
      ? await execute()
      : await runWithDeadline(requestDeadlineOf(request, response, options.requestDeadlineMs), execute);
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The query string of a request path as `URL` reads it; a path without one (every POST of the gateway) needs no URL parsed. */
function searchOf(path: string): string {
  return path.includes("?") ? new URL(path, "http://x").search : "";
}

async function ready(checks: ReadinessCheck[], response: ServerResponse): Promise<void> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      try {
        await withTimeout(check(), READINESS_TIMEOUT_MS);
        return [name, "ok"] as const;
      } catch {
        return [name, "failing"] as const;
      }
    }),
  );
  const healthy = results.every(([, state]) => state === "ok");
  sendJson(response, healthy ? 200 : 503, { status: healthy ? "ready" : "not ready", checks: Object.fromEntries(results) });
}
