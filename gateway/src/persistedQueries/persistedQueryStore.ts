import type { Redis } from "ioredis";
import type { BoundedRedis } from "../redis/boundedRedis";
import type { PersistedOperation } from "./manifest";

/** Local copies kept at most; beyond it the oldest is forgotten (Map keeps insertion order). */
const LOCAL_ENTRIES = 10_000;

export interface PersistedQueryStoreOptions {
  /** Shared store, each call bounded by a short timeout; while Redis is absent, down or slow, operations are kept in this process only. */
  redis: BoundedRedis;
  keyPrefix: string;
  /** How long an automatic persisted query is kept after it was last registered, in seconds. */
  ttlSeconds: number;
}

/** Redis key of the safelist hash: operation id → text. Used by the register command too. */
export function safelistKey(keyPrefix: string): string {
  return `${keyPrefix}:pq:safelist`;
}

/** Redis key of the hash that records which client registered each safelisted operation. */
export function safelistClientsKey(keyPrefix: string): string {
  return `${keyPrefix}:pq:safelist:clients`;
}

/**
 * Automatic persisted queries and the safelist, in Redis when there is one, with a bounded local
 * copy in front so a hot operation costs no round trip. A Redis outage degrades gracefully: APQ
 * lookups miss (the client sends the text again), safelisted operations already seen keep working,
 * and operations never seen are refused, so the safelist fails closed.
 */
export class PersistedQueryStore {
  readonly #options: PersistedQueryStoreOptions;
  readonly #apq = new Map<string, string>();
  readonly #safelist = new Map<string, string>();
  /** Operations from manifest files given at start: always allowed, never evicted. */
  readonly #pinned = new Map<string, string>();

  constructor(options: PersistedQueryStoreOptions) {
    this.#options = options;
  }

  pin(operations: readonly PersistedOperation[]): void {
    for (const operation of operations) this.#pinned.set(operation.id, operation.body);
  }

  async getAutomatic(id: string): Promise<string | undefined> {
    const local = this.#apq.get(id);
    if (local !== undefined) return local;
    const stored = (await this.#options.redis.call("persisted queries", (redis) => redis.get(this.#apqKey(id))))?.value;
    if (stored) remember(this.#apq, id, stored);
    return stored ?? undefined;
  }

  async putAutomatic(id: string, body: string): Promise<void> {
    remember(this.#apq, id, body);
    await this.#options.redis.call("persisted queries", (redis) =>
      redis.set(this.#apqKey(id), body, "EX", this.#options.ttlSeconds),
    );
  }

  async getSafelisted(id: string): Promise<string | undefined> {
    const local = this.#pinned.get(id) ?? this.#safelist.get(id);
    if (local !== undefined) return local;
    const stored = (
      await this.#options.redis.call("persisted queries", (redis) => redis.hget(safelistKey(this.#options.keyPrefix), id))
    )?.value;
    if (stored) remember(this.#safelist, id, stored);
    return stored ?? undefined;
  }

  #apqKey(id: string): string {
    return `${this.#options.keyPrefix}:pq:apq:${id}`;
  }
}

function remember(map: Map<string, string>, id: string, body: string): void {
  if (map.size >= LOCAL_ENTRIES) map.delete(map.keys().next().value as string);
  map.set(id, body);
}

/** Adds a client's operations to the safelist in Redis; returns how many were new. */
export async function registerSafelist(
  redis: Redis,
  keyPrefix: string,
  client: string,
  operations: readonly PersistedOperation[],
): Promise<number> {
  if (operations.length === 0) return 0;
  const multi = redis.multi();
  for (const operation of operations) {
    multi.hsetnx(safelistKey(keyPrefix), operation.id, operation.body);
    multi.hset(safelistClientsKey(keyPrefix), operation.id, client);
  }
  const results = (await multi.exec()) ?? [];
  return results.filter(([, value], index) => index % 2 === 0 && value === 1).length;
}
