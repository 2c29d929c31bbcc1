import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { REQUEST_ID_HEADER, readBody, requestIdFrom, sendJson, tooLarge, type HttpRoute, type Logger } from "@silta/kernel";
import type { GatewayContext, RequestStats } from "../GatewayContext";
import { isFhirPath, serveFhir } from "../fhir";
import { healthReport, type GatewayHealthCheck } from "../health";
import { OPERATION_LIMIT_CODE } from "../limits/operationLimits";
import type { GatewayMetrics } from "../observability/gatewayMetrics";
import type { PersistedQueryStore } from "../persistedQueries/persistedQueryStore";
import {
  PersistedQueryRefusal,
  resolvePersistedQuery,
  type GraphQLBody,
  type PersistedQueryMode,
} from "../persistedQueries/resolvePersistedQuery";
import { corsHeaders, preflight } from "./cors";
import { internalAccessOf, type InternalAccess } from "./internalAccess";

export interface GatewayHttpOptions {
  apollo: ApolloServer<GatewayContext>;
  /** Builds the per-request context; throw a GraphQLError with `extensions.http` to refuse the request. */
  context(request: IncomingMessage, requestId: string, stats: RequestStats, callerGone?: AbortSignal): Promise<GatewayContext>;
  /** What `/health/ready` checks, asked for on each probe (the subgraphs may change on reload). */
  readiness(): GatewayHealthCheck[];
  /** What `/health/detail` adds to the checks and their reasons (circuit breakers, Redis). */
  detail(): Record<string, unknown>;
  /** Who may read `/metrics` and `/health/detail`. */
  internalAccess: InternalAccess;
  log: Logger;
  maxBodyBytes: number;
  corsOrigins: readonly string[];
  persistedQueries: { mode: PersistedQueryMode; store: PersistedQueryStore };
  metrics?: GatewayMetrics;
  graphqlPath?: string;
  /** Further routes by path prefix (the data lake export proxy, `/export/`; the IDE, `/ide`). Default none. */
  routes?: readonly HttpRoute[];
  /** Answers `GET /`. Default: 404. */
  homePage?: (request: IncomingMessage, response: ServerResponse) => void;
  /** Where a browser opening the GraphQL URL (a GET for HTML without a query) is sent: the IDE. Default: to Apollo, which refuses it. */
  browserRedirect?: string;
}

export interface GatewayHttp {
  readonly server: http.Server;
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets requests in flight finish (at most `graceMs`), then closes every connection. */
  close(graceMs: number): Promise<void>;
}

const READINESS_TIMEOUT_MS = 2_000;

/**
 * The gateway's HTTP front: GraphQL, health, metrics, CORS, the request size limit, persisted
 * queries and graceful shutdown. Like the kernel's front it has no framework in between, which
 * keeps the gateway's added latency low; it differs in what only the gateway needs.
 */
export function createGatewayHttp(options: GatewayHttpOptions): GatewayHttp {
  const graphqlPath = options.graphqlPath ?? "/graphql";
  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;

  const server = http.createServer((request, response) => {
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    // While draining, keep-alive connections close after their current answer.
    if (draining) response.setHeader("connection", "close");
    const origin = request.headers.origin;
    if (origin) {
      if (request.method === "OPTIONS") return preflight(response, origin, options.corsOrigins);
      for (const [name, value] of corsHeaders(origin, options.corsOrigins)) response.setHeader(name, value);
    }
    const path = (request.url ?? "/").split("?")[0]!;
    let handled: Promise<void> | void = undefined;
    if (path === graphqlPath && options.browserRedirect && isBrowserVisit(request)) {
      response.statusCode = 302;
      response.setHeader("location", options.browserRedirect);
      response.end();
    } else if (path === graphqlPath) {
      inFlight += 1;
      const started = performance.now();
      const stats: RequestStats = {};
      const callerGone = new AbortController();
      response.once("close", () => {
        // Closed before the answer was sent: the caller hung up, and the work done for it can stop.
        if (!response.writableFinished) callerGone.abort();
        inFlight -= 1;
        stats.release?.();
        options.metrics?.request(
          options.metrics.operationLabel(stats.operation),
          response.statusCode,
          (performance.now() - started) / 1000,
        );
        if (draining && inFlight === 0) drained?.();
      });
      handled = graphql(options, request, response, requestId, stats, callerGone.signal);
    } else if (isFhirPath(path)) {
      // The FHIR R4 read view (gateway/src/fhir): GraphQL through this gateway, as the caller.
      handled = serveFhir(options, request, response, requestId);
    } else if (path === "/health/live") {
      handled = sendJson(response, 200, { status: "live" });
    } else if (path === "/health/ready") {
      handled = draining ? sendJson(response, 503, { status: "draining" }) : ready(options, response, false);
    } else if (path === "/health/detail" || (path === "/metrics" && options.metrics)) {
      const access = internalAccessOf(options.internalAccess, request);
      if (access === "hidden") handled = sendJson(response, 404, { error: "not found" });
      else if (access === "unauthorized") {
        response.setHeader("www-authenticate", 'Bearer realm="silta-internal"');
        handled = sendJson(response, 401, { error: "this endpoint needs the metrics token" });
      } else if (path === "/metrics") handled = metrics(options.metrics!, response);
      else handled = draining ? sendJson(response, 503, { status: "draining" }) : ready(options, response, true);
    } else if (path === "/" && options.homePage) {
      options.homePage(request, response);
    } else if (options.routes?.some((route) => path.startsWith(route.prefix))) {
      handled = options.routes.find((route) => path.startsWith(route.prefix))!.handle(request, response, requestId);
    } else {
      handled = sendJson(response, 404, { error: "not found" });
    }
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
          resolve(`http://${host}:${address.port}${graphqlPath}`);
        });
      }),
    async close(graceMs) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (drained = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

async function graphql(
  options: GatewayHttpOptions,
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  stats: RequestStats,
  callerGone: AbortSignal,
): Promise<void> {
  const raw = await readBody(request, options.maxBodyBytes);
  const refuse = (status: number, code: string, message: string, extensions: Record<string, unknown> = {}) => {
    options.metrics?.error(code);
    if (code !== "PERSISTED_QUERY_NOT_FOUND") options.log.info({ requestId, code, ...extensions }, "request refused");
    return sendJson(response, status, { errors: [{ message, extensions: { code, ...extensions, requestId } }] });
  };
  if (raw === tooLarge) {
    return refuse(413, OPERATION_LIMIT_CODE, `The request is larger than ${options.maxBodyBytes} bytes.`, {
      limit: "requestBytes",
      max: options.maxBodyBytes,
    });
  }
  const method = (request.method ?? "GET").toUpperCase();
  const url = new URL(request.url ?? "/", "http://gateway");
  let body: unknown;
  if (method === "POST") {
    try {
      body = raw.length > 0 ? JSON.parse(raw) : undefined;
    } catch {
      return refuse(400, "BAD_REQUEST", "The request body is not valid JSON.");
    }
  }
  const fromGet = method === "GET" ? bodyFromSearch(url.searchParams) : undefined;
  const graphQLBody = (fromGet ?? body) as GraphQLBody | undefined;
  const writes: (() => Promise<void>)[] = [];
  if (graphQLBody && typeof graphQLBody === "object" && !Array.isArray(graphQLBody)) {
    const resolved = await resolvePersistedQuery(
      graphQLBody,
      options.persistedQueries.mode,
      options.persistedQueries.store,
      (write) => writes.push(write),
    );
    if (resolved instanceof PersistedQueryRefusal) return refuse(resolved.status, resolved.code, resolved.message);
    if (fromGet) url.search = searchFromBody(resolved);
    else body = resolved;
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: url.search, body },
    context: () => options.context(request, requestId, stats, callerGone),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (response.statusCode === 200) for (const write of writes) await write();
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** A person opening the GraphQL URL in a browser: a GET for HTML that carries no operation. */
function isBrowserVisit(request: IncomingMessage): boolean {
  return request.method === "GET" && !(request.url ?? "").includes("?") && (request.headers.accept ?? "").includes("text/html");
}

/** A GET request's GraphQL fields; `variables` and `extensions` are JSON in the query string. */
function bodyFromSearch(search: URLSearchParams): GraphQLBody | undefined {
  const extensions = search.get("extensions");
  if (!extensions) return undefined;
  try {
    return {
      query: search.get("query") ?? undefined,
      operationName: search.get("operationName") ?? undefined,
      variables: search.get("variables") ? JSON.parse(search.get("variables")!) : undefined,
      extensions: JSON.parse(extensions),
    };
  } catch {
    return undefined;
  }
}

function searchFromBody(body: GraphQLBody): string {
  const search = new URLSearchParams();
  for (const key of ["query", "operationName"] as const) if (typeof body[key] === "string") search.set(key, body[key]);
  if (body.variables !== undefined) search.set("variables", JSON.stringify(body.variables));
  if (body.extensions && Object.keys(body.extensions).length > 0) search.set("extensions", JSON.stringify(body.extensions));
  return `?${search.toString()}`;
}

/** `/health/ready` (states only) or `/health/detail` (with the reasons and the gateway's own view of its dependencies). */
async function ready(options: GatewayHttpOptions, response: ServerResponse, detail: boolean): Promise<void> {
  const report = await healthReport(options.readiness(), READINESS_TIMEOUT_MS);
  const body = { status: report.status, checks: report.checks };
  sendJson(
    response,
    report.status === "not ready" ? 503 : 200,
    detail ? { ...body, reasons: report.reasons, ...options.detail() } : body,
  );
}

async function metrics(metrics: GatewayMetrics, response: ServerResponse): Promise<void> {
  const text = await metrics.registry.metrics();
  response.statusCode = 200;
  response.setHeader("content-type", metrics.registry.contentType);
  response.end(text);
}
