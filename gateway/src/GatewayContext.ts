import type { Logger, Viewer } from "@silta/kernel";

/**
 * The per-request context of the gateway: the authenticated viewer, the request id that every
 * subgraph call and log line carries, and a logger already bound to that id.
 */
export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  log: Logger;
}
