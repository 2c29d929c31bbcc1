import type { ServerResponse } from "node:http";

const ALLOWED_HEADERS = "authorization, content-type, x-silta-purpose, x-request-id, apollo-require-preflight";

/**
 * CORS for browser callers on the allow-list (exact origins; `*` allows any, never with
 * credentials since callers send bearer tokens, not cookies). Other origins get no CORS headers,
 * so browsers keep their pages from reading Silta's answers.
 */
export function corsHeaders(origin: string, allowed: readonly string[]): [string, string][] {
  if (!isAllowed(origin, allowed)) return [];
  return [
    ["access-control-allow-origin", allowed.includes("*") ? "*" : origin],
    ["vary", "origin"],
    ["access-control-expose-headers", "x-request-id, retry-after"],
  ];
}

/** Answers a preflight: 204 with the allowed methods and headers, or 403 for an origin not on the list. */
export function preflight(response: ServerResponse, origin: string, allowed: readonly string[]): void {
  if (!isAllowed(origin, allowed)) {
    response.statusCode = 403;
    response.end();
    return;
  }
  for (const [name, value] of corsHeaders(origin, allowed)) response.setHeader(name, value);
  response.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
  response.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
  response.setHeader("access-control-max-age", "600");
  response.statusCode = 204;
  response.end();
}

function isAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes("*") || allowed.includes(origin);
}
