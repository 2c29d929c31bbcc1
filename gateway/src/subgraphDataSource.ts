import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
// Not re-exported by the package index, though its process options are typed with it.
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { parse, type DocumentNode } from "graphql";
import { request, type Dispatcher } from "undici";
import {
  DEADLINE_HEADER,
  deadlineForCall,
  ErrorCode,
  IDEMPOTENCY_KEY_HEADER,
  REQUEST_ID_HEADER,
  VIEWER_HEADER,
  signViewer,
  type Logger,
  type ViewerKey,
} from "@silta/kernel";
import type { GatewayContext } from "./GatewayContext";
import type { GatewayMetrics } from "./observability/gatewayMetrics";
import { CircuitBreaker } from "./subgraphs/circuitBreaker";
import { missingPaths } from "./subgraphs/subgraphPaths";
import type { SubgraphPolicy } from "./subgraphs/subgraphPolicy";

/** The code of the error placed where a subgraph's data is missing because it did not answer. */
export const SUBGRAPH_UNAVAILABLE = "SUBGRAPH_UNAVAILABLE";
type Unavailable = "timeout" | "unreachable" | "circuit_open";
/** The caller hung up: the call was aborted, and its answer has nobody to go to. */
type Abandoned = "abandoned";
const RETRYABLE_STATUS = new Set([502, 503, 504]);

export interface SubgraphDataSourceOptions {
  /** The subgraph's name in the supergraph; the audience its viewer header is signed for. */
  name: string;
  url: string;
  viewerKey: ViewerKey;
  /** Keep-alive connection pool shared by every subgraph (undici keeps one pool per origin). */
  dispatcher: Dispatcher;
  policy: SubgraphPolicy;
  /** This subgraph's timeout when it differs from `policy.timeoutMs`. */
  timeoutMs?: number;
  metrics?: GatewayMetrics;
  log: Logger;
}

/** What the caller sees of a subgraph's 400: its BAD_USER_INPUT (already worded for callers), or a plain refusal. */
interface RefusedInput {
  message: string;
  field?: unknown;
  rule?: unknown;
}

const REFUSED_INPUT: RefusedInput = {
  message: "A service behind the hub refused the request's input as invalid. Check the arguments' formats against the schema.",
  rule: "subgraph_refused",
};

class SubgraphCallError extends Error {
  constructor(
    readonly reason: Unavailable | Abandoned | "http",
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly refusedInput?: RefusedInput,
  ) {
    super(message);
  }
}

/**
 * Calls one subgraph on behalf of the viewer, over pooled keep-alive connections: each call
 * carries the viewer signed for this subgraph alone (so a captured header cannot be replayed
 * against another) and the request id. A call is bounded by the subgraph's timeout; a query's
 * call is retried after a connection error or a 502/503/504, a mutation's never; a circuit
 * breaker stops calling a subgraph that keeps failing. A failed call does not fail the request:
 * it answers with errors at the paths its data would have filled, and the rest of the response
 * keeps the other subgraphs' data.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  readonly name: string;
  readonly breaker: CircuitBreaker;
  readonly #options: SubgraphDataSourceOptions;
  readonly #timeoutMs: number;

  constructor(options: SubgraphDataSourceOptions) {
    this.name = options.name;
    this.#options = options;
    this.#timeoutMs = options.timeoutMs ?? options.policy.timeoutMs;
    this.breaker = new CircuitBreaker({
      failures: options.policy.breakerFailures,
      openMs: options.policy.breakerOpenMs,
      onChange: (state) => {
        options.metrics?.breakerState(options.name, state);
        options.log.warn({ subgraph: options.name, state }, "subgraph circuit breaker changed state");
      },
    });
    options.metrics?.breakerState(options.name, "closed");
  }

  /** The URL this source calls. */
  get url(): string {
    return this.#options.url;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const started = performance.now();
    const incoming = options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (incoming) {
      headers[VIEWER_HEADER] = await this.#signedViewer(options.context);
      headers[REQUEST_ID_HEADER] = options.context.requestId;
    }
    const { query, variables, operationName, extensions } = options.request;
    const body = JSON.stringify({ query, variables, operationName, extensions });
    const mutation = incoming && options.incomingRequestContext.operation?.operation === "mutation";
    // The caller's key travels with its mutation, so the subgraph can answer a retry from what it stored.
    if (mutation && options.context.idempotencyKey) headers[IDEMPOTENCY_KEY_HEADER] = options.context.idempotencyKey;

    if (!this.breaker.tryAcquire()) {
      this.#options.metrics?.subgraphCall(this.name, "circuit_open", 0);
      return this.#unavailable(options, "circuit_open");
    }
    try {
      const callerGone = incoming ? options.context.callerGone : undefined;
      const response = await this.#send(headers, body, mutation ? 0 : this.#options.policy.retries, started, callerGone);
      this.breaker.succeeded();
      this.#options.metrics?.subgraphCall(this.name, "ok", (performance.now() - started) / 1000);
      if (incoming) this.#restrictCachePolicy(options, response.cacheControl);
      return response.body;
    } catch (error) {
      const failure = error instanceof SubgraphCallError ? error : new SubgraphCallError("unreachable", String(error), false);
      if (failure.reason === "abandoned") {
        this.breaker.abandoned();
        this.#options.metrics?.subgraphCall(this.name, "abandoned", (performance.now() - started) / 1000);
        return this.#errorsAt(options, "The caller hung up before the answer.", {
          code: SUBGRAPH_UNAVAILABLE,
          reason: "abandoned",
        });
      }
      // A 4xx is the gateway's own fault (a refused viewer means a secret mismatch), not the subgraph's health.
      if (failure.reason !== "http" || (failure.status ?? 500) >= 500) {
        // A refused connection is the subgraph's state; a timeout or 5xx may be the caller's own operation.
        this.breaker.failed(failure.reason === "unreachable" || !incoming ? undefined : callerOf(options.context));
      } else this.breaker.succeeded();
      this.#options.metrics?.subgraphCall(this.name, failure.reason, (performance.now() - started) / 1000);
      if (failure.reason === "http" && failure.status === 400) {
        // The subgraph judged the input invalid: the caller's mistake, said as BAD_USER_INPUT, never an internal error.
        const { message, ...extensions } = failure.refusedInput ?? REFUSED_INPUT;
        (incoming ? options.context.log : this.#options.log).info(
          { subgraph: this.name, err: failure.message },
          "subgraph refused the input",
        );
        return this.#errorsAt(options, message, { code: ErrorCode.BadUserInput, ...extensions });
      }
      if (failure.reason === "http") {
        // Masked for the caller as INTERNAL_SERVER_ERROR at the missing paths; the message is for the log.
        return this.#errorsAt(options, failure.message, { subgraphStatus: failure.status });
      }
      (incoming ? options.context.log : this.#options.log).warn(
        { subgraph: this.name, reason: failure.reason, err: failure.message },
        "subgraph call failed; answering without its data",
      );
      return this.#unavailable(options, failure.reason);
    }
  }

  async #send(
    headers: Record<string, string>,
    body: string,
    retries: number,
    started: number,
    callerGone: AbortSignal | undefined,
  ): Promise<{ body: GatewayGraphQLResponse; cacheControl?: string }> {
    for (let attempt = 0; ; attempt += 1) {
      const remaining = this.#timeoutMs - (performance.now() - started);
      if (remaining <= 0) throw new SubgraphCallError("timeout", `no answer within ${this.#timeoutMs} ms`, false);
      try {
        // The subgraph stops its database work by then and answers in time (docs/gateway.md, "The deadline chain").
        return await this.#attempt(
          { ...headers, [DEADLINE_HEADER]: String(deadlineForCall(remaining)) },
          body,
          remaining,
          callerGone,
        );
      } catch (error) {
        if (!(error instanceof SubgraphCallError) || !error.retryable || attempt >= retries) throw error;
      }
    }
  }

  async #attempt(
    headers: Record<string, string>,
    body: string,
    timeoutMs: number,
    callerGone: AbortSignal | undefined,
  ): Promise<{ body: GatewayGraphQLResponse; cacheControl?: string }> {
    // A timer cleared once the answer is read: AbortSignal.timeout's timer would stay armed after
    // the call and fire later anyway, building an abort event and a DOMException for every call.
    const abandoned = () => new SubgraphCallError("abandoned", "the caller hung up", false);
    if (callerGone?.aborted) throw abandoned();
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), Math.ceil(timeoutMs));
    // A caller that hangs up aborts the call: the subgraph sees its connection close and stops its database work.
    const hangUp = () => deadline.abort();
    callerGone?.addEventListener("abort", hangUp, { once: true });
    let response: Dispatcher.ResponseData;
    let text: string;
    try {
      try {
        response = await request(this.#options.url, {
          method: "POST",
          headers,
          body,
          dispatcher: this.#options.dispatcher,
          signal: deadline.signal,
        });
      } catch (error) {
        if (callerGone?.aborted) throw abandoned();
        if (isTimeout(error)) throw new SubgraphCallError("timeout", `no answer within ${this.#timeoutMs} ms`, false);
        throw new SubgraphCallError("unreachable", describe(error), true);
      }
      try {
        text = await response.body.text();
      } catch (error) {
        if (callerGone?.aborted) throw abandoned();
        if (isTimeout(error)) throw new SubgraphCallError("timeout", `no complete answer within ${this.#timeoutMs} ms`, false);
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
        `Subgraph ${this.name} answered HTTP ${status}${errorSummaries(text)}`,
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
        `Subgraph ${this.name} answered HTTP ${status} with a body that is not JSON`,
        false,
        status,
      );
    }
    if (typeof parsed !== "object" || parsed === null) {
      throw new SubgraphCallError("http", `Subgraph ${this.name} answered with a JSON body that is not an object`, false, status);
    }
    const cacheControl = response.headers["cache-control"];
    return { body: parsed as GatewayGraphQLResponse, cacheControl: Array.isArray(cacheControl) ? cacheControl[0] : cacheControl };
  }

  /** One signature per subgraph and request, however many fetches the query plan makes to it. */
  #signedViewer(context: GatewayContext): Promise<string> {
    const cache = (context.signedViewers ??= new Map());
    let signed = cache.get(this.name);
    if (!signed) {
      signed = signViewer(context.viewer, this.#options.viewerKey, this.name);
      cache.set(this.name, signed);
    }
    return signed;
  }

  /** Like Apollo's RemoteGraphQLDataSource: the response is only as cacheable as its least cacheable subgraph answer. */
  #restrictCachePolicy(options: GraphQLDataSourceProcessOptions<GatewayContext>, header: string | undefined): void {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return;
    const policy = options.incomingRequestContext.overallCachePolicy;
    if (!policy || !("restrict" in policy)) return;
    const maxAge = /(?:^|,)\s*max-age=(\d+)/.exec(header ?? "")?.[1];
    const scope = /(?:^|,)\s*public\b/.test(header ?? "") ? "PUBLIC" : "PRIVATE";
    policy.restrict({ maxAge: maxAge ? Number(maxAge) : 0, scope });
  }

  #unavailable(options: GraphQLDataSourceProcessOptions<GatewayContext>, reason: Unavailable): GatewayGraphQLResponse {
    return this.#errorsAt(
      options,
      reason === "timeout"
        ? "Part of the answer is missing: a service behind the hub did not answer in time. Try again shortly."
        : "Part of the answer is missing: a service behind the hub is unavailable. Try again shortly.",
      { code: SUBGRAPH_UNAVAILABLE, reason },
    );
  }

  #errorsAt(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    message: string,
    extensions: Record<string, unknown>,
  ): GatewayGraphQLResponse {
    const paths = missingPaths(documentOf(options), options.request.variables);
    const errors = paths.length > 0 ? paths.map((path) => ({ message, path, extensions })) : [{ message, extensions }];
    return { errors } as GatewayGraphQLResponse;
  }
}

function callerOf(context: GatewayContext): string {
  return `${context.viewer.kind}:${context.viewer.id}`;
}

/** The subgraph operation's document: the plan's own when it exposes it, else parsed (only on this failure path). */
function documentOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): DocumentNode | undefined {
  if (options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION && options.document) return options.document;
  try {
    return options.request.query ? parse(options.request.query, { noLocation: true }) : undefined;
  } catch {
    return undefined;
  }
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

/** The codes and reasons of a GraphQL error body: enough to diagnose, nothing the subgraph did not mean to say. */
function errorSummaries(text: string): string {
  let errors: unknown;
  try {
    errors = (JSON.parse(text) as { errors?: unknown }).errors;
  } catch {
    return "";
  }
  if (!Array.isArray(errors)) return "";
  const summaries = errors.map((error: { extensions?: Record<string, unknown> }) =>
    [error.extensions?.["code"], error.extensions?.["reason"]].filter((part) => typeof part === "string").join("/"),
  );
  return summaries.length > 0 ? ` (${summaries.join(", ")})` : "";
}

/** The first BAD_USER_INPUT of a subgraph's 400 body: Silta's subgraphs word those for callers (field, rule, message). */
function refusedInputOf(text: string): RefusedInput | undefined {
  let errors: unknown;
  try {
    errors = (JSON.parse(text) as { errors?: unknown }).errors;
  } catch {
    return undefined;
  }
  if (!Array.isArray(errors)) return undefined;
  const first = (errors as { message?: unknown; extensions?: Record<string, unknown> }[]).find(
    (error) => error?.extensions?.["code"] === ErrorCode.BadUserInput && typeof error.message === "string",
  );
  if (!first) return undefined;
  const { field, rule } = first.extensions ?? {};
  return {
    message: first.message as string,
    ...(typeof field === "string" ? { field } : {}),
    ...(typeof rule === "string" ? { rule } : {}),
  };
}
