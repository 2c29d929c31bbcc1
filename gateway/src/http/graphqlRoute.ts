import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { type Logger } from "@silta/kernel";
import { readBody, sendJson, tooLarge, type RouteHandler } from "@silta/kernel/http";
import type { GatewayContext, RequestStats } from "../GatewayContext";
import { OPERATION_LIMIT_CODE } from "../limits/operationLimits";
import type { GatewayMetrics } from "../observability/gatewayMetrics";
import type { PersistedQueryStore } from "../persistedQueries/persistedQueryStore";
import {
  PersistedQueryRefusal,
  resolvePersistedQuery,
  type GraphQLBody,
  type PersistedQueryMode,
} from "../persistedQueries/resolvePersistedQuery";
import type { InFlightRequests } from "./inFlightRequests";

/** Builds the per-request context; throw a GraphQLError with `extensions.http` to refuse the request. */
export type GatewayContextBuilder = (
  request: IncomingMessage,
  requestId: string,
  stats: RequestStats,
  callerGone?: AbortSignal,
) => Promise<GatewayContext>;

export interface GraphQLRouteOptions {
  apollo: ApolloServer<GatewayContext>;
  context: GatewayContextBuilder;
  requests: InFlightRequests;
  log: Logger;
  maxBodyBytes: number;
  persistedQueries: { mode: PersistedQueryMode; store: PersistedQueryStore };
  metrics?: GatewayMetrics;
  /** Where a browser opening the GraphQL URL (a GET for HTML without a query) is sent: the IDE. Default: to Apollo, which refuses it. */
  browserRedirect?: string;
}

/**
 * `/graphql`: the request size limit, persisted queries (APQ and the safelist), then Apollo with the
 * context the request pipeline builds. Counted in flight, so a draining gateway lets it finish, and
 * measured for the metrics when its response closes.
 */
export function graphqlRoute(options: GraphQLRouteOptions): RouteHandler {
  return (request, response, requestId) => {
    if (options.browserRedirect && isBrowserVisit(request)) {
      response.statusCode = 302;
      response.setHeader("location", options.browserRedirect);
      response.end();
      return;
    }
    options.requests.begin();
    const started = performance.now();
    const stats: RequestStats = {};
    const callerGone = new AbortController();
    response.once("close", () => {
      // Closed before the answer was sent: the caller hung up, and the work done for it can stop.
      if (!response.writableFinished) callerGone.abort();
      options.requests.end();
      stats.release?.();
      options.metrics?.request(
        options.metrics.operationLabel(stats.operation),
        response.statusCode,
        (performance.now() - started) / 1000,
      );
    });
    return graphql(options, request, response, requestId, stats, callerGone.signal);
  };
}

async function graphql(
  options: GraphQLRouteOptions,
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
