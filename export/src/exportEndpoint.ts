import type { IncomingMessage } from "node:http";
import {
  DataCategory,
  hasScope,
  SiltaError,
  VIEWER_HEADER,
  verifyViewer,
  type AccessLogEntry,
  type AccessLogSink,
  type ExportDestinations,
  type Logger,
  type Sql,
  type SubgraphDependencies,
  type Viewer,
  type ViewerKey,
} from "@silta/kernel";
import { sendJson, type HttpRoute } from "@silta/kernel/http";
import type { DatasetDefinition } from "./Dataset";
import { decodeExportCursor } from "./exportCursor";
import { exportFormats, type ExportFormat } from "./exportFormats";
import { Pseudonymiser } from "./Pseudonymiser";
import { streamExport } from "./streamExport";

/** The scope a system client needs for `GET /export/…`. */
export const EXPORT_SCOPE = "export:read";
/** Response header with the cursor to pass as `since` for the next increment. */
export const EXPORT_CURSOR_HEADER = "x-silta-export-cursor";

export interface ExportEndpointOptions {
  /** The subgraph's name: the audience of the signed viewer, and the access log's source. */
  subgraph: string;
  datasets: readonly DatasetDefinition[];
  sql: Sql;
  destinations: ExportDestinations;
  viewerKey: ViewerKey;
  accessLog: AccessLogSink;
  log: Logger;
}

/**
 * `GET /export/<dataset>?format=csv|ndjson&since=<cursor>&destination=<name>`: a subgraph's datasets
 * for the data lake, to a gateway-signed system viewer with the scope `export:read`. One access log
 * entry per export (a disclosure of the whole dataset, client `*`), and one per refusal, before any
 * row is sent; the next cursor comes in the `x-silta-export-cursor` header.
 */
export function exportRoute(options: ExportEndpointOptions): HttpRoute {
  const datasets = new Map(options.datasets.map((dataset) => [dataset.name, dataset]));
  return {
    prefix: "/export/",
    async handle(request, response, requestId) {
      const url = new URL(request.url ?? "/", "http://subgraph");
      const refuse = (status: number, code: string, message: string, extensions: Record<string, unknown> = {}) =>
        sendJson(response, status, { errors: [{ message, extensions: { code, ...extensions, requestId } }] });
      if (request.method !== "GET") return refuse(405, "BAD_REQUEST", "Exports are read with GET.");
      let viewer: Viewer;
      try {
        viewer = await verifyViewer(headerOf(request, VIEWER_HEADER), options.viewerKey, options.subgraph);
      } catch (error) {
        if (error instanceof SiltaError) return refuse(401, error.code, error.message);
        throw error;
      }
      const dataset = datasets.get(decodeURIComponent(url.pathname.slice("/export/".length)));
      const entry = (outcome: "allowed" | "denied", basis: string): AccessLogEntry => ({
        at: new Date().toISOString(),
        viewerId: viewer.id,
        viewerKind: viewer.kind,
        organizationId: viewer.organizationId ?? null,
        roles: viewer.roles,
        purpose: viewer.purpose ?? "data_lake_export",
        clientId: "*",
        category: dataset?.category ?? DataCategory.Team,
        action: "read",
        basis,
        outcome,
        requestId,
        source: `${options.subgraph}/export/${dataset?.name ?? "?"}`,
      });
      if (viewer.kind !== "system" || !hasScope(viewer, EXPORT_SCOPE)) {
        await options.accessLog.append([entry("denied", viewer.kind !== "system" ? "not_a_system_client" : "missing_scope")]);
        return refuse(403, "FORBIDDEN", `Exports are for system clients with the scope ${EXPORT_SCOPE}.`);
      }
      if (!dataset) {
        return refuse(404, "NOT_FOUND", `The ${options.subgraph} subgraph exports ${[...datasets.keys()].join(", ")}.`);
      }
      const format = (url.searchParams.get("format") ?? "csv") as ExportFormat;
      if (!exportFormats.includes(format))
        return refuse(400, "BAD_USER_INPUT", `format must be one of ${exportFormats.join(", ")}.`, {
          field: "format",
          rule: "one_of",
        });
      const destination = url.searchParams.get("destination") ?? "";
      const key = options.destinations.get(destination);
      if (!key)
        return refuse(
          400,
          "BAD_USER_INPUT",
          "destination must name a configured export destination (SILTA_EXPORT_DESTINATION_KEYS).",
          {
            field: "destination",
            rule: "configured",
          },
        );
      const since = url.searchParams.get("since") ?? undefined;
      try {
        if (since !== undefined) decodeExportCursor(since, dataset.name);
      } catch (error) {
        if (error instanceof SiltaError) return refuse(400, error.code, error.message, { field: "since" });
        throw error;
      }
      await options.accessLog.append([
        entry("allowed", `export:${destination}:${since === undefined ? "snapshot" : "increment"}`),
      ]);
      const result = await streamExport(
        options.sql,
        { dataset, format, since, pseudonymiser: new Pseudonymiser(destination, key) },
        response,
        (start) => {
          response.statusCode = 200;
          response.setHeader("content-type", start.contentType);
          response.setHeader(EXPORT_CURSOR_HEADER, start.cursor);
          response.setHeader("content-disposition", `attachment; filename="${dataset.name}.${format}"`);
        },
      );
      options.log.info(
        { requestId, dataset: dataset.name, destination, increment: since !== undefined, rows: result.rows },
        "export sent",
      );
    },
  };
}

/**
 * The export route of one subgraph's datasets, from what its composition root handed it: the
 * subgraph registers it with its other routes (`createSubgraphService({ routes })`).
 */
export function subgraphExportRoute(
  subgraph: string,
  datasets: readonly DatasetDefinition[],
  deps: SubgraphDependencies,
): HttpRoute {
  return exportRoute({
    subgraph,
    datasets,
    sql: deps.database.sql,
    destinations: deps.exportDestinations ?? new Map(),
    viewerKey: deps.viewerKey,
    accessLog: deps.accessLog,
    log: deps.log,
  });
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
