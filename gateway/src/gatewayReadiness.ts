import { subgraphHealth, type GatewayHealthCheck } from "./health";
import type { BoundedRedis } from "./redis/boundedRedis";
import type { SupergraphExecutor } from "./supergraphExecutor";

/**
 * What `/health/ready` checks, built on each probe (the subgraphs may change on reload): the
 * supergraph (required), each subgraph and Redis when one was given (the gateway works around them).
 */
export function gatewayReadiness(executor: SupergraphExecutor, redis: BoundedRedis | undefined): () => GatewayHealthCheck[] {
  return () => [
    {
      name: "supergraph",
      required: true,
      check: async () => {
        if (!executor.loaded()) throw new Error("supergraph not loaded");
      },
    },
    ...executor.subgraphs().map(({ name, url }) => subgraphHealth(name, url)),
    ...(redis
      ? [
          {
            name: "redis",
            required: false,
            check: async () => {
              // Bounded like the request path's calls; a Redis being skipped after a failure reads as failing.
              if (!(await redis.call("health", (connection) => connection.ping()))) throw new Error("Redis is degraded");
            },
          },
        ]
      : []),
  ];
}
