import type { Redis } from "ioredis";
import type { Logger } from "@silta/kernel";

/** `absent`: no Redis configured. `ok`: its last call answered in time. `degraded`: it did not; callers use their fallbacks. */
export type RedisState = "absent" | "ok" | "degraded";

export interface BoundedRedisOptions {
  /** The shared connection; without it every call takes its fallback at once. */
  redis?: Redis;
  /** Longest wait for one command on the request path, in ms. Default 50. */
  timeoutMs?: number;
  /** After a failed or late call, how long calls skip Redis before one tries again, in ms. Default 1 000. */
  retryAfterMs?: number;
  log: Logger;
  now?: () => number;
}

export const DEFAULT_REDIS_TIMEOUT_MS = 50;
const DEFAULT_RETRY_AFTER_MS = 1_000;

class RedisTimeout extends Error {}

/**
 * Every Redis command on the request path (rate limits, persisted queries, the response cache)
 * goes through here, bounded by a short timeout, so a frozen Redis (whose connection still says
 * `ready`) or an unreachable one costs a request at most `timeoutMs`. After a failure Redis is
 * skipped for `retryAfterMs`, so during an outage most requests do not wait at all, and then one
 * call tries again. The state is logged once per change and shown by the health endpoints.
 */
export class BoundedRedis {
  readonly #options: BoundedRedisOptions;
  readonly #timeoutMs: number;
  readonly #retryAfterMs: number;
  readonly #now: () => number;
  #state: RedisState;
  #skipUntil = 0;
  #since: number;
  #reason: string | undefined;

  constructor(options: BoundedRedisOptions) {
    this.#options = options;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
    this.#retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
    this.#now = options.now ?? Date.now;
    this.#state = options.redis ? "ok" : "absent";
    this.#since = this.#now();
  }

  get state(): RedisState {
    return this.#state;
  }

  /** The state, since when, and why it is degraded: for `/health/detail`. */
  get detail(): { state: RedisState; since: string; reason?: string } {
    return {
      state: this.#state,
      since: new Date(this.#since).toISOString(),
      ...(this.#reason ? { reason: this.#reason } : {}),
    };
  }

  /** The command's answer, or `undefined` when Redis is absent, skipped, failing or late: the caller falls back. */
  async call<T>(purpose: string, command: (redis: Redis) => Promise<T>): Promise<{ value: T } | undefined> {
    const redis = this.#options.redis;
    if (!redis) return undefined;
    if (this.#state === "degraded" && this.#now() < this.#skipUntil) return undefined;
    if (redis.status !== "ready") {
      this.#failed(purpose, `connection is ${redis.status}`);
      return undefined;
    }
    let timer: NodeJS.Timeout | undefined;
    const pending = command(redis);
    try {
      const value = await Promise.race([
        pending,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new RedisTimeout(`no answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
        }),
      ]);
      this.#succeeded();
      return { value };
    } catch (error) {
      // A late answer or failure of the abandoned command must not surface as an unhandled rejection.
      pending.catch(() => undefined);
      this.#failed(purpose, error instanceof Error ? error.message : String(error));
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  #succeeded(): void {
    if (this.#state === "ok") return;
    this.#set("ok", undefined);
    this.#options.log.info({ redis: "ok" }, "Redis answers again; shared rate limits and persisted queries are back");
  }

  #failed(purpose: string, reason: string): void {
    this.#skipUntil = this.#now() + this.#retryAfterMs;
    if (this.#state === "degraded") return;
    this.#set("degraded", reason);
    this.#options.log.warn(
      { redis: "degraded", purpose, reason, timeoutMs: this.#timeoutMs },
      "Redis is not answering in time; falling back to this instance (local rate limits, no shared persisted queries or cache)",
    );
  }

  #set(state: RedisState, reason: string | undefined): void {
    this.#state = state;
    this.#reason = reason;
    this.#since = this.#now();
  }
}
