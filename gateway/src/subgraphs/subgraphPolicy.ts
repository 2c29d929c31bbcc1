/** How the gateway calls subgraphs; each value is configurable from the environment (docs/gateway.md). */
export interface SubgraphPolicy {
  /** Longest wait for one subgraph call, retries included, in ms. Default 5 000. */
  timeoutMs: number;
  /** Extra attempts of a query's subgraph call after a connection error or HTTP 502/503/504; mutations never retry. Default 1. */
  retries: number;
  /** Keep-alive connections per subgraph origin. Default 64. */
  connections: number;
  /** Consecutive failed calls after which a subgraph's circuit opens. Default 5. */
  breakerFailures: number;
  /** How long an open circuit refuses calls before one probe is let through, in ms. Default 10 000. */
  breakerOpenMs: number;
}

export const DEFAULT_SUBGRAPH_POLICY: SubgraphPolicy = {
  timeoutMs: 5_000,
  retries: 1,
  connections: 64,
  breakerFailures: 5,
  breakerOpenMs: 10_000,
};
