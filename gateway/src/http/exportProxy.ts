import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import { request as undiciRequest, type Dispatcher } from "undici";
import { SiltaError, VIEWER_HEADER, signViewer, type Logger, type Viewer, type ViewerKey } from "@silta/kernel";
import { EXPORT_CURSOR_HEADER } from "@silta/export";
import { REQUEST_ID_HEADER, sendJson, type HttpRoute } from "@silta/kernel/http";
import type { SubgraphEndpoint } from "../supergraphSubgraphs";

export interface ExportProxyOptions {
  /** Who the bearer token says the caller is; throws UNAUTHENTICATED (a SiltaError) to refuse. */
  authenticate(request: IncomingMessage): Promise<Viewer>;
  /** The subgraphs as now configured (they may change when the supergraph reloads). */
  subgraphs(): readonly SubgraphEndpoint[];
  viewerKey: ViewerKey;
  dispatcher: Dispatcher;
  log: Logger;
}

/** The subgraph's response headers the caller needs; the rest (connection, keep-alive) are hop-by-hop. */
const PASSED_HEADERS = ["content-type", "content-disposition", EXPORT_CURSOR_HEADER];

/**
 * `GET /export/<subgraph>/<dataset>?…` at the gateway: authenticates the bearer token like any
 * request, signs the viewer for that subgraph, and streams the subgraph's `GET /export/<dataset>`
 * answer back as it comes (no buffering: an export can be a million rows). Whether the caller may
 * export is the subgraph's decision (a system client with `export:read`), logged there.
 */
export function exportProxy(options: ExportProxyOptions): HttpRoute {
  return {
    prefix: "/export/",
    async handle(request, response, requestId) {
      const refuse = (status: number, code: string, message: string) =>
        sendJson(response, status, { errors: [{ message, extensions: { code, requestId } }] });
      if (request.method !== "GET") return refuse(405, "BAD_REQUEST", "Exports are read with GET.");
      const url = new URL(request.url ?? "/", "http://gateway");
      const [, , subgraphName, dataset, ...rest] = url.pathname.split("/");
      const subgraph = options.subgraphs().find(({ name }) => name === subgraphName);
      if (!subgraph || !dataset || rest.length > 0)
        return refuse(404, "NOT_FOUND", "Exports are at /export/<subgraph>/<dataset> (docs/data-lake-export.md).");
      let viewer: Viewer;
      try {
        viewer = await options.authenticate(request);
      } catch (error) {
        if (!(error instanceof SiltaError)) throw error;
        const http = error.extensions["http"] as { headers?: Map<string, string> } | undefined;
        for (const [name, value] of http?.headers ?? []) response.setHeader(name, value);
        return refuse(401, error.code, error.message);
      }
      const target = `${subgraph.url.replace(/\/graphql\/?$/, "")}/export/${dataset}${url.search}`;
      const answer = await undiciRequest(target, {
        method: "GET",
        dispatcher: options.dispatcher,
        headers: { [VIEWER_HEADER]: await signViewer(viewer, options.viewerKey, subgraph.name), [REQUEST_ID_HEADER]: requestId },
      });
      response.statusCode = answer.statusCode;
      for (const name of PASSED_HEADERS) {
        const value = answer.headers[name];
        if (value !== undefined) response.setHeader(name, value);
      }
      options.log.info(
        { requestId, subgraph: subgraph.name, dataset, status: answer.statusCode, viewer: viewer.id },
        "export proxied",
      );
      await pipeline(answer.body, response);
    },
  };
}
