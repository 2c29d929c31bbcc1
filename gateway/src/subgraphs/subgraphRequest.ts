import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import type { Dispatcher } from "undici";
import { DEADLINE_HEADER, deadlineForCall } from "@silta/kernel/http";
import { errorSummaries, refusedInputOf, SubgraphCallError } from "./subgraphCallError";

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
  // A timer cleared once the answer is read: AbortSignal.timeout's timer would stay armed after
  // the call and fire later anyway, building an abort event and a DOMException for every call.
  const deadline = new AbortController();
  const timer = setTimeout(abortCall, Math.ceil(remainingMs), deadline);
  // A caller that hangs up aborts the call: the subgraph sees its connection close and stops its database work.
  const hangUp = () => deadline.abort();
  callerGone?.addEventListener("abort", hangUp, { once: true });
  let response: Dispatcher.ResponseData;
  let text: string;
  try {
    try {
      // The dispatcher's own `request`, with the URL split once per target: undici's top-level
      // `request(url)` parses the URL again on every call (sixteen calls per request here).
      response = await target.dispatcher.request({
        ...endpointOf(target.url),
        method: "POST",
        headers: { ...headers, [DEADLINE_HEADER]: String(deadlineForCall(remainingMs)) },
        body,
        signal: deadline.signal,
      });
    } catch (error) {
      if (callerGone?.aborted) throw abandoned();
      if (isTimeout(error)) throw new SubgraphCallError("timeout", `no answer within ${timeoutMs} ms`, false);
      throw new SubgraphCallError("unreachable", describe(error), true);
    }
    try {
      text = await response.body.text();
    } catch (error) {
      if (callerGone?.aborted) throw abandoned();
      if (isTimeout(error)) throw new SubgraphCallError("timeout", `no complete answer within ${timeoutMs} ms`, false);
      throw new SubgraphCallError("unreachable", describe(error), true);
    }
  } finally {
    clearTimeout(timer);
    callerGone?.removeEventListener("abort", hangUp);
  }
  const status = response.statusCode;
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
  const cacheControl = response.headers["cache-control"];
  return { body: parsed as GatewayGraphQLResponse, cacheControl: Array.isArray(cacheControl) ? cacheControl[0] : cacheControl };
}

const abandoned = () => new SubgraphCallError("abandoned", "the caller hung up", false);

/** The deadline timer's callback (module-level: no closure per call). */
function abortCall(deadline: AbortController): void {
  deadline.abort();
}

const endpoints = new Map<string, { origin: string; path: string }>();

/** The origin and path undici's `request(url)` would derive from `url` (`path` keeps the query string). */
export function endpointOf(url: string): { origin: string; path: string } {
  let endpoint = endpoints.get(url);
  if (!endpoint) {
    const parsed = new URL(url);
    endpoint = { origin: parsed.origin, path: parsed.search ? `${parsed.pathname}${parsed.search}` : parsed.pathname };
    endpoints.set(url, endpoint);
  }
  return endpoint;
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  const code = (error as { code?: string } | undefined)?.code;
  return (
    name === "TimeoutError" || name === "AbortError" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT"
  );
}

function describe(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  return `${code ?? "error"}: ${error instanceof Error ? error.message : String(error)}`;
}
