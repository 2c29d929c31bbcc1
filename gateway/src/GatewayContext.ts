import type { Logger, Viewer } from "@silta/kernel";

/**
 * The per-request context of the gateway: the authenticated viewer, the request id that every
 * subgraph call and log line carries, and a logger already bound to that id.
 */
export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  /**
   * Names this GraphQL request in the viewer signed for every subgraph it calls (the `scp` claim),
   * so the consents service can tell which access decisions belong to one request and answer a later
   * call from a decision made earlier in it. Minted by the gateway (pipeline/decisionScope.ts): the
   * caller's request id is the caller's choice, and a shared one would join other requests' decisions.
   */
  decisionScope: string;
  log: Logger;
  /** The caller's Idempotency-Key header, forwarded with its mutations (docs/idempotency.md). */
  idempotencyKey?: string;
  /** Viewer headers already signed for this request, by subgraph (one signature per subgraph). */
  signedViewers?: Map<string, Promise<string>>;
  /**
   * Aborts when the caller hangs up before its answer: the subgraph calls in flight are aborted with
   * it, and each subgraph then cancels its database work (docs/gateway.md, "The deadline chain").
   */
  callerGone?: AbortSignal;
  /** Filled by the gateway's plugins for the HTTP front's metrics. */
  stats?: RequestStats;
}

export interface RequestStats {
  operation?: string;
  /** Frees the client's in-flight slot; the HTTP front calls it when the response is done. */
  release?: () => void;
}
