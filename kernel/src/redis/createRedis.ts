import Redis from "ioredis";

export type { Redis };

/**
 * One ioredis connection. Commands fail fast instead of queueing forever while Redis is down,
 * so callers (rate limiter, relay, readiness) can fall back or report, and retry on their own.
 */
export function createRedis(url: string, connectionName: string): Redis {
  return new Redis(url, {
    connectionName,
    lazyConnect: false,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
}
