import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import { ErrorCode, SiltaError, type Logger, type Viewer } from "@silta/kernel";
import { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey } from "@silta/kernel/idempotency";
import { headerOf, type RequestAuthentication } from "../auth/requestAuthentication";
import type { GatewayContextBuilder } from "../http/graphqlRoute";
import type { GatewayMetrics } from "../observability/gatewayMetrics";
import { mintDecisionScope } from "./decisionScope";

export interface RequestPipeline {
  log: Logger;
  metrics?: GatewayMetrics;
  /** Who calls ({@link requestAuthentication}). */
  authenticate: RequestAuthentication;
  /** The viewer's rate limit ({@link rateLimitStep}). */
  rateLimit(viewer: Viewer, requestId: string, log: Logger): Promise<void>;
  /** The viewer's in-flight bound ({@link inFlightStep}): returns the slot's release. */
  takeInFlightSlot(viewer: Viewer, requestId: string, log: Logger): () => void;
}

/**
 * The steps every GraphQL request (and every FHIR request's operations) goes through before
 * planning, in order: the Idempotency-Key checked, the caller authenticated, its rate limit and its
 * in-flight bound taken. A step refuses by throwing the GraphQLError to answer with. Each build is
 * one GraphQL request (Apollo builds the context once per operation it runs, a FHIR request's
 * several operations each their own), and gets its own decision scope.
 */
export function requestContext(pipeline: RequestPipeline): GatewayContextBuilder {
  return async (request, requestId, stats, callerGone) => {
    const log = pipeline.log.child({ requestId });
    let viewer: Viewer;
    let idempotencyKey: string | undefined;
    try {
      idempotencyKey = idempotencyKeyOf(request);
      viewer = await pipeline.authenticate(request);
    } catch (error) {
      throw refusal(error, requestId, log, pipeline.metrics);
    }
    await pipeline.rateLimit(viewer, requestId, log);
    stats.release = pipeline.takeInFlightSlot(viewer, requestId, log);
    return { viewer, requestId, decisionScope: mintDecisionScope(), log, stats, idempotencyKey, callerGone };
  };
}

/**
 * What the caller sees when the context cannot be built: Silta's own errors (401, 400) as they
 * are, anything else (the identity provider's keys unreachable) as 503 with only the request id.
 */
export function refusal(error: unknown, requestId: string, log: Logger, metrics: GatewayMetrics | undefined): GraphQLError {
  if (error instanceof SiltaError) {
    error.extensions["requestId"] = requestId;
    metrics?.error(error.code);
    return error;
  }
  log.error({ err: error }, "could not authenticate the request");
  metrics?.error(ErrorCode.Internal);
  return new GraphQLError("Authentication is unavailable right now. Try again shortly.", {
    extensions: { code: ErrorCode.Internal, requestId, http: { status: 503 } },
  });
}

/** The caller's Idempotency-Key; a malformed one is the caller's mistake (400), refused before any work. */
function idempotencyKeyOf(request: IncomingMessage): string | undefined {
  try {
    return parseIdempotencyKey(headerOf(request, IDEMPOTENCY_KEY_HEADER));
  } catch (error) {
    if (error instanceof SiltaError) error.extensions["http"] = { status: 400 };
    throw error;
  }
}
