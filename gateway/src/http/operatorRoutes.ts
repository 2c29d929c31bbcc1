import type { ServerResponse } from "node:http";
import { internalOnly, metricsRoute, sendJson, type InternalAccess, type RouteHandler } from "@silta/kernel/http";
import { healthReport, type GatewayHealthCheck } from "../health";
import type { GatewayMetrics } from "../observability/gatewayMetrics";
import type { InFlightRequests } from "./inFlightRequests";

export interface OperatorRoutesOptions {
  requests: InFlightRequests;
  /** What `/health/ready` checks, asked for on each probe (the subgraphs may change on reload). */
  readiness(): GatewayHealthCheck[];
  /** What `/health/detail` adds to the checks and their reasons (circuit breakers, Redis). */
  detail(): Record<string, unknown>;
  /** Who may read `/metrics` and `/health/detail`. */
  internalAccess: InternalAccess;
  /** Undefined when metrics are off: `/metrics` is then not served. */
  metrics?: GatewayMetrics;
}

const READINESS_TIMEOUT_MS = 2_000;

/** The operators' routes: liveness and readiness for the orchestrator, the detail and metrics behind the metrics token. */
export function operatorRoutes(options: OperatorRoutesOptions): Record<string, RouteHandler | undefined> {
  const whileServing =
    (handle: RouteHandler): RouteHandler =>
    (request, response, requestId) =>
      options.requests.draining ? sendJson(response, 503, { status: "draining" }) : handle(request, response, requestId);
  const internal = (handle: RouteHandler): RouteHandler => internalOnly(options.internalAccess, handle);
  const metrics = options.metrics;
  return {
    "/health/live": (_request, response) => sendJson(response, 200, { status: "live" }),
    "/health/ready": whileServing((_request, response) => ready(options, response, false)),
    "/health/detail": internal(whileServing((_request, response) => ready(options, response, true))),
    "/metrics": metrics && internal(metricsRoute(metrics.registry)),
  };
}

/** `/health/ready` (states only) or `/health/detail` (with the reasons and the gateway's own view of its dependencies). */
async function ready(options: OperatorRoutesOptions, response: ServerResponse, detail: boolean): Promise<void> {
  const report = await healthReport(options.readiness(), READINESS_TIMEOUT_MS);
  const body = { status: report.status, checks: report.checks };
  sendJson(
    response,
    report.status === "not ready" ? 503 : 200,
    detail ? { ...body, reasons: report.reasons, ...options.detail() } : body,
  );
}
