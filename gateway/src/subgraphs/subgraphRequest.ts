import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import type { Dispatcher } from "undici";
import { DEADLINE_HEADER, deadlineForCall } from "@silta/kernel/http";
import { errorSummaries, refusedInputOf, SubgraphCallError } from "./subgraphCallError";
import { exchange, type Endpoint } from "./subgraphExchange";

const RETRYABLE_STATUS = new Set([502, 503, 504]);

export interface SubgraphTarget {
  /** The subgraph's name, for messages. */
  name: string;
  url: string;
  /** Keep-alive connection pool shared by every subgraph (undici keeps one pool per origin). */
  dispatcher: Dispatcher;
}

export interface SubgraphAnswer {
  body: GatewayGraphQLResponse;
  /** The subgraph's `Cache-Control`, for the response's cache policy. */
  cacheControl?: string;
}

/**
 * One HTTP attempt at a subgraph, aborted at `remainingMs` or as soon as the caller hangs up. It
 * tells the subgraph, in `x-silta-deadline-ms`, how long the gateway will still wait, so the subgraph
 * stops its database work by then and answers in time (docs/gateway.md, "The deadline chain").
 * Throws a {@link SubgraphCallError} saying why it failed and whether another attempt may help.
 */
export async function subgraphRequest(
  target: SubgraphTarget,
  headers: Record<string, string>,
  body: string,
  remainingMs: number,
  /** The call's whole timeout, for the message. */
  timeoutMs: number,
  callerGone: AbortSignal | undefined,
): Promise<SubgraphAnswer> {
  if (callerGone?.aborted) throw abandoned();
  const { status, cacheControl, text } = await exchange(
    target.dispatcher,
    endpointOf(target.url),
    { ...headers, [DEADLINE_HEADER]: String(deadlineForCall(remainingMs)) },
    body,
    remainingMs,
    timeoutMs,
    callerGone,
  );
  if (status < 200 || status >= 300) {
    throw new SubgraphCallError(
      "http",
      `Subgraph ${target.name} answered HTTP ${status}${errorSummaries(text)}`,
      RETRYABLE_STATUS.has(status),
      status,
      status === 400 ? refusedInputOf(text) : undefined,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SubgraphCallError(
      "http",
      `Subgraph ${target.name} answered HTTP ${status} with a body that is not JSON`,
      false,
      status,
    );
  }
  if (typeof parsed !== "object" || parsed === null) {
    throw new SubgraphCallError("http", `Subgraph ${target.name} answered with a JSON body that is not an object`, false, status);
  }
  return { body: parsed as GatewayGraphQLResponse, cacheControl };
}

const abandoned = () => new SubgraphCallError("abandoned", "the caller hung up", false);

const endpoints = new Map<string, Endpoint>();

/** The origin and path undici's `request(url)` would derive from `url` (`path` keeps the query string). */
export function endpointOf(url: string): Endpoint {
  let endpoint = endpoints.get(url);
  if (!endpoint) {
    const parsed = new URL(url);
    endpoint = { origin: parsed.origin, path: parsed.search ? `${parsed.pathname}${parsed.search}` : parsed.pathname };
    endpoints.set(url, endpoint);
  }
  return endpoint;
}
