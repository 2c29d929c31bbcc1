import Redis from "ioredis";
import type { Logger } from "../log/createLogger";

export type { Redis };

/**
 * One ioredis connection. Commands fail fast instead of queueing forever while Redis is down,
 * so callers (rate limiter, relay, readiness) can fall back or report, and retry on their own.
 * Connection trouble is logged once per change of state, structured (`redis`, `err`): one warning
 * when the connection is lost and one line when it is back, instead of ioredis's unhandled
 * `error` event on every reconnection attempt.
 */
export function createRedis(url: string, connectionName: string, log: Logger): Redis {
  const redis = new Redis(url, {
    connectionName,
    lazyConnect: false,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  logConnectionChanges(redis, connectionName, log);
  return redis;
}

/** Logs a connection's loss and recovery once each; exported for connections made elsewhere. */
export function logConnectionChanges(redis: Redis, connectionName: string, log: Logger): void {
  let lost = false;
  redis.on("error", (error: Error & { code?: string }) => {
    if (lost) return;
    lost = true;
    log.warn(
      { redis: connectionName, err: { code: error.code, message: error.message } },
      "Redis connection lost; reconnecting in the background",
    );
  });
  redis.on("ready", () => {
    if (!lost) return;
    lost = false;
    log.info({ redis: connectionName }, "Redis connection is back");
  });
}
