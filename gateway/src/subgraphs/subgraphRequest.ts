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
  const { status, cacheControl, text } = await exchange(
    target,
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

interface Exchange {
  status: number;
  cacheControl?: string;
  text: string;
}

const abandoned = () => new SubgraphCallError("abandoned", "the caller hung up", false);

/**
 * The HTTP exchange, on undici's dispatcher directly: the body's chunks are kept and decoded once,
 * without the stream, async resource and promise per call of undici's `request` (about 40 µs of CPU
 * of each of the 16 subgraph calls of the benchmark's request). It settles at the deadline or when
 * the caller hangs up, aborting the call (at once, or as soon as it leaves the pool's queue).
 * A timer cleared once the answer is read: AbortSignal.timeout's would stay armed after the call.
 */
function exchange(
  target: SubgraphTarget,
  headers: Record<string, string>,
  body: string,
  remainingMs: number,
  timeoutMs: number,
  callerGone: AbortSignal | undefined,
): Promise<Exchange> {
  const { origin, path } = locationOf(target.url);
  return new Promise<Exchange>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let status = 0;
    let cacheControl: string | undefined;
    let settled = false;
    let stopped: SubgraphCallError | undefined;
    let abortCall: ((error: Error) => void) | undefined;
    const settle = (error: SubgraphCallError | undefined, exchanged?: Exchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      callerGone?.removeEventListener("abort", hangUp);
      if (error) reject(error);
      else resolve(exchanged!);
    };
    // Stops the call: the subgraph sees its connection close and stops its database work.
    const stop = (error: SubgraphCallError) => {
      stopped ??= error;
      abortCall?.(error);
      settle(error);
    };
    const timer = setTimeout(
      () => stop(new SubgraphCallError("timeout", `no ${status === 0 ? "" : "complete "}answer within ${timeoutMs} ms`, false)),
      Math.ceil(remainingMs),
    );
    const hangUp = () => stop(abandoned());
    callerGone?.addEventListener("abort", hangUp, { once: true });
    target.dispatcher.dispatch(
      { origin, path, method: "POST", headers, body },
      {
        onConnect(abort) {
          if (stopped) abort(stopped);
          else abortCall = abort;
        },
        onHeaders(statusCode, rawHeaders) {
          // 1xx answers are informational; the final status follows.
          if (statusCode < 200) return true;
          status = statusCode;
          cacheControl = headerValue(rawHeaders, "cache-control");
          return true;
        },
        onData(chunk) {
          chunks.push(chunk);
          return true;
        },
        onComplete() {
          settle(undefined, { status, cacheControl, text: decode(chunks) });
        },
        onError(error) {
          if (stopped) return settle(stopped);
          if (callerGone?.aborted) return settle(abandoned());
          if (isTimeout(error)) {
            return settle(
              new SubgraphCallError("timeout", `no ${status === 0 ? "" : "complete "}answer within ${timeoutMs} ms`, false),
            );
          }
          // Before the answer began, nothing reached the subgraph's resolvers: another attempt may help.
          settle(new SubgraphCallError("unreachable", describe(error), status === 0));
        },
      },
    );
  });
}

const locations = new Map<string, { origin: string; path: string }>();

/** The origin and path of a subgraph's URL, parsed once (there are a handful, from the configuration). */
function locationOf(url: string): { origin: string; path: string } {
  let location = locations.get(url);
  if (!location) {
    const parsed = new URL(url);
    location = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    locations.set(url, location);
  }
  return location;
}

/** The first value of a response header, from undici's raw `[name, value, …]` list. */
function headerValue(rawHeaders: Buffer[] | string[] | null, name: string): string | undefined {
  if (!rawHeaders) return undefined;
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const key = rawHeaders[index]!;
    if (key.length === name.length && key.toString().toLowerCase() === name) return rawHeaders[index + 1]!.toString();
  }
  return undefined;
}

/** The body as UTF-8 text, without a byte order mark (as undici's `text()`). */
function decode(chunks: Buffer[]): string {
  const text = chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
