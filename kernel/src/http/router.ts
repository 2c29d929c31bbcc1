import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "./httpIo";

/** Answers one request; the front catches what it throws or rejects with (a 500 with the request id). */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, requestId: string) => Promise<void> | void;

/** A route that takes every path under a prefix (the data lake export's `/export/`, the IDE's `/ide`). */
export interface HttpRoute {
  /** Paths starting with this prefix go to {@link HttpRoute.handle}. */
  prefix: string;
  handle: RouteHandler;
}

/** Every route of one HTTP front, declared in one place. */
export interface RouteTable {
  /** Handlers of exact paths (the query string is not part of the path); an undefined handler is a route switched off. */
  paths: Record<string, RouteHandler | undefined>;
  /** Routes by prefix, tried in order when no exact path matched. Default none. */
  prefixes?: readonly HttpRoute[];
  /** Everything else. Default: 404 `{"error":"not found"}`. */
  notFound?: RouteHandler;
}

/** Finds a request's handler: an exact path, else the first matching prefix, else `notFound`. */
export type Router = (path: string) => RouteHandler;

const notFound: RouteHandler = (_request, response) => sendJson(response, 404, { error: "not found" });

/**
 * The HTTP router of the kernel's, the gateway's and the consents subgraph's fronts. A front's
 * routes are exact paths and a few prefixes, so a map and a short list do the whole job in one
 * look-up: no path parameters, no percent-decoding, nothing between the socket and Apollo that a
 * framework's router would add (docs/decisions/0014-one-router-and-a-gateway-pipeline.md).
 */
export function createRouter(table: RouteTable): Router {
  const exact = new Map<string, RouteHandler>();
  for (const [path, handle] of Object.entries(table.paths)) if (handle) exact.set(path, handle);
  const prefixes = table.prefixes ?? [];
  const fallback = table.notFound ?? notFound;
  return (path) => exact.get(path) ?? prefixes.find((route) => path.startsWith(route.prefix))?.handle ?? fallback;
}

/** The path of a request, without its query string, as the routes are declared. */
export function pathOf(request: IncomingMessage): string {
  return (request.url ?? "/").split("?")[0]!;
}
