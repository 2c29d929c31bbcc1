import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "./httpIo";
import type { RouteHandler } from "./router";

/**
 * Who may read the operators' endpoints (`/metrics`, and the gateway's `/health/detail`): they
 * describe the hub's insides (operation names, error counts, subgraph hosts, how often access is
 * denied), so they are not for the world.
 * - `token` set: only a request with `Authorization: Bearer <token>` (compared in constant time).
 * - no token and `open`: anyone (the default outside production, for the embedded hub).
 * - no token in production: no one; the endpoints answer 404.
 */
export interface InternalAccess {
  token?: string;
  open: boolean;
}

export type InternalDecision = "allowed" | "unauthorized" | "hidden";

export function internalAccessOf(access: InternalAccess, request: IncomingMessage): InternalDecision {
  if (!access.token) return access.open ? "allowed" : "hidden";
  const header = request.headers.authorization ?? "";
  const given = /^Bearer (.+)$/.exec(header)?.[1] ?? "";
  return timingSafeEqual(digest(given), digest(access.token)) ? "allowed" : "unauthorized";
}

/** `handle`, answered only as {@link internalAccessOf} allows: 404 when hidden, 401 without the token. */
export function internalOnly(access: InternalAccess, handle: RouteHandler): RouteHandler {
  return (request, response, requestId) => {
    const decision = internalAccessOf(access, request);
    if (decision === "hidden") return sendJson(response, 404, { error: "not found" });
    if (decision === "unauthorized") {
      response.setHeader("www-authenticate", 'Bearer realm="silta-internal"');
      return sendJson(response, 401, { error: "this endpoint needs the metrics token" });
    }
    return handle(request, response, requestId);
  };
}

/** A Prometheus registry's text, as `/metrics` answers it. */
export function metricsRoute(registry: { metrics(): Promise<string>; contentType: string }): RouteHandler {
  return async (_request: IncomingMessage, response: ServerResponse) => {
    const text = await registry.metrics();
    response.statusCode = 200;
    response.setHeader("content-type", registry.contentType);
    response.end(text);
  };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
