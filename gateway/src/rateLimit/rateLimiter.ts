import type { BoundedRedis } from "../redis/boundedRedis";

export interface RateLimit {
  /** Requests a client may make per window; 0 turns rate limiting off. Default 600. */
  requests: number;
  /** Length of the fixed window in seconds. Default 60. */
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { requests: 600, windowSeconds: 60 };

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the window ends, for `Retry-After`. */
  retryAfterSeconds: number;
  /** Where the count was kept: Redis (shared by every gateway instance) or this process. */
  store: "redis" | "local";
}

export interface RateLimiterOptions extends RateLimit {
  /** Shared counters, each call bounded by a short timeout; while Redis is absent, down or slow each instance counts on its own. */
  redis: BoundedRedis;
  keyPrefix: string;
}

// INCR and the window's expiry in one round trip, atomically.
const INCREMENT = `local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n`;

/**
 * Fixed-window counters per client. A Redis that is down or slow never stops the gateway: the
 * count falls back to this process (a per-instance limit, so the effective limit is looser by the
 * number of instances) until Redis answers again.
 */
export class RateLimiter {
  readonly #options: RateLimiterOptions;
  readonly #windowMs: number;
  #localWindow = -1;
  #local = new Map<string, number>();

  constructor(options: RateLimiterOptions) {
    this.#options = options;
    this.#windowMs = options.windowSeconds * 1000;
  }

  get enabled(): boolean {
    return this.#options.requests > 0;
  }

  /** Counts one request of `client` (e.g. `professional:p-42`) and says whether it may go on. */
  async take(client: string): Promise<RateDecision> {
    const now = Date.now();
    const window = Math.floor(now / this.#windowMs);
    const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * this.#windowMs - now) / 1000));
    const shared = await this.#options.redis.call("rate limit", (redis) =>
      redis.eval(INCREMENT, 1, `${this.#options.keyPrefix}:rl:${window}:${client}`, String(this.#windowMs + 1000)),
    );
    if (shared) return { allowed: Number(shared.value) <= this.#options.requests, retryAfterSeconds, store: "redis" };
    return { allowed: this.#takeLocal(client, window) <= this.#options.requests, retryAfterSeconds, store: "local" };
  }

  #takeLocal(client: string, window: number): number {
    if (window !== this.#localWindow) {
      // A new window forgets every client of the last one, so the map never outgrows one window's callers.
      this.#local = new Map();
      this.#localWindow = window;
    }
    const count = (this.#local.get(client) ?? 0) + 1;
    this.#local.set(client, count);
    return count;
  }
}
