import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
// Not re-exported by the package index, though its process options are typed with it.
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import type { Dispatcher } from "undici";
import { ErrorCode, VIEWER_HEADER, type Logger, type ViewerKey } from "@silta/kernel";
import { REQUEST_ID_HEADER } from "@silta/kernel/http";
import { IDEMPOTENCY_KEY_HEADER } from "@silta/kernel/idempotency";
import type { GatewayContext } from "./GatewayContext";
import type { GatewayMetrics } from "./observability/gatewayMetrics";
import { recordFailure } from "./subgraphs/breakerVerdict";
import { restrictCachePolicy } from "./subgraphs/cachePolicy";
import { CircuitBreaker } from "./subgraphs/circuitBreaker";
import { errorsAt, SUBGRAPH_UNAVAILABLE, unavailable } from "./subgraphs/partialAnswer";
import { retryWithinTimeout } from "./subgraphs/retryWithinTimeout";
import { asCallError, REFUSED_INPUT } from "./subgraphs/subgraphCallError";
import type { SubgraphPolicy } from "./subgraphs/subgraphPolicy";
import { subgraphRequest, type SubgraphTarget } from "./subgraphs/subgraphRequest";
import { signedViewerFor } from "./subgraphs/viewerSigning";

export { SUBGRAPH_UNAVAILABLE };

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

/**
 * Calls one subgraph on behalf of the viewer, over pooled keep-alive connections. This class only
 * composes the call's concerns, each in its own module under `subgraphs/`: the viewer signed for
 * this subgraph alone (viewerSigning), the circuit breaker's gate and verdict (circuitBreaker,
 * breakerVerdict), retries of a query's call within one timeout, a mutation's never
 * (retryWithinTimeout), each attempt bounded and carrying the deadline header (subgraphRequest),
 * the response's cache policy (cachePolicy). A failed call does not fail the request: it answers
 * with errors at the paths its data would have filled (partialAnswer), and the rest of the response
 * keeps the other subgraphs' data.
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  readonly name: string;
  readonly breaker: CircuitBreaker;
  readonly #options: SubgraphDataSourceOptions;
  readonly #target: SubgraphTarget;
  readonly #timeoutMs: number;

  constructor(options: SubgraphDataSourceOptions) {
    this.name = options.name;
    this.#options = options;
    this.#target = { name: options.name, url: options.url, dispatcher: options.dispatcher };
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
      headers[VIEWER_HEADER] = await signedViewerFor(options.context, this.name, this.#options.viewerKey);
      headers[REQUEST_ID_HEADER] = options.context.requestId;
    }
    const { query, variables, operationName, extensions } = options.request;
    const body = JSON.stringify({ query, variables, operationName, extensions });
    const mutation = incoming && options.incomingRequestContext.operation?.operation === "mutation";
    // The caller's key travels with its mutation, so the subgraph can answer a retry from what it stored.
    if (mutation && options.context.idempotencyKey) headers[IDEMPOTENCY_KEY_HEADER] = options.context.idempotencyKey;

    const metrics = this.#options.metrics;
    if (!this.breaker.tryAcquire()) {
      metrics?.subgraphCall(this.name, "circuit_open", 0);
      return unavailable(options, "circuit_open");
    }
    const callerGone = incoming ? options.context.callerGone : undefined;
    try {
      const response = await retryWithinTimeout(
        { timeoutMs: this.#timeoutMs, retries: mutation ? 0 : this.#options.policy.retries, started },
        (remainingMs) => subgraphRequest(this.#target, headers, body, remainingMs, this.#timeoutMs, callerGone),
      );
      this.breaker.succeeded();
      metrics?.subgraphCall(this.name, "ok", (performance.now() - started) / 1000);
      if (incoming) restrictCachePolicy(options.incomingRequestContext.overallCachePolicy, response.cacheControl);
      return response.body;
    } catch (error) {
      const failure = asCallError(error);
      recordFailure(this.breaker, failure, incoming ? callerOf(options.context) : undefined);
      metrics?.subgraphCall(this.name, failure.reason, (performance.now() - started) / 1000);
      const log = incoming ? options.context.log : this.#options.log;
      switch (failure.reason) {
        case "abandoned":
          return errorsAt(options, "The caller hung up before the answer.", { code: SUBGRAPH_UNAVAILABLE, reason: "abandoned" });
        case "http": {
          if (failure.status !== 400) {
            // Masked for the caller as INTERNAL_SERVER_ERROR at the missing paths; the message is for the log.
            return errorsAt(options, failure.message, { subgraphStatus: failure.status });
          }
          // The subgraph judged the input invalid: the caller's mistake, said as BAD_USER_INPUT, never an internal error.
          const { message, ...extensions } = failure.refusedInput ?? REFUSED_INPUT;
          log.info({ subgraph: this.name, err: failure.message }, "subgraph refused the input");
          return errorsAt(options, message, { code: ErrorCode.BadUserInput, ...extensions });
        }
        case "timeout":
        case "unreachable":
        case "circuit_open":
          log.warn(
            { subgraph: this.name, reason: failure.reason, err: failure.message },
            "subgraph call failed; answering without its data",
          );
          return unavailable(options, failure.reason);
      }
    }
  }
}

function callerOf(context: GatewayContext): string {
  return `${context.viewer.kind}:${context.viewer.id}`;
}
