import { createHash } from "node:crypto";
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { GatewayContext } from "../GatewayContext";
import type { BoundedRedis } from "../redis/boundedRedis";

const LOCAL_ENTRIES = 1_000;

export interface ResponseCacheOptions {
  /** Shared cache, each call bounded by a short timeout; while Redis is absent, down or slow only the local copy serves. */
  redis: BoundedRedis;
  keyPrefix: string;
}

/**
 * A whole-response cache for data every subgraph marked public: a response is stored only when
 * its overall cache policy (the most restrictive of the subgraphs' `Cache-Control` answers) is
 * `public` with a positive max-age, and it has no errors. Anything private or unmarked, which
 * includes every answer about a client, is never stored. Queries only; the key is the operation's
 * text, name and variables, never the caller (public data is the same for everyone who may read it).
 */
export function responseCachePlugin(options: ResponseCacheOptions): ApolloServerPlugin<GatewayContext> {
  const local = new Map<string, { body: string; expires: number }>();
  const keyOf = (query: string, operationName: unknown, variables: unknown) =>
    `${options.keyPrefix}:rc:${createHash("sha256")
      .update(JSON.stringify([query, operationName ?? null, variables ?? null]))
      .digest("hex")}`;

  async function read(key: string): Promise<string | undefined> {
    const entry = local.get(key);
    if (entry && entry.expires > Date.now()) return entry.body;
    if (entry) local.delete(key);
    return (await options.redis.call("response cache", (redis) => redis.get(key)))?.value ?? undefined;
  }

  async function write(key: string, body: string, maxAgeSeconds: number): Promise<void> {
    if (local.size >= LOCAL_ENTRIES) local.delete(local.keys().next().value as string);
    local.set(key, { body, expires: Date.now() + maxAgeSeconds * 1000 });
    await options.redis.call("response cache", (redis) => redis.set(key, body, "EX", maxAgeSeconds));
  }

  return {
    async requestDidStart() {
      let key: string | undefined;
      let hit = false;
      return {
        async responseForOperation({ operation, request }) {
          if (operation.operation !== "query" || !request.query) return null;
          key = keyOf(request.query, request.operationName, request.variables);
          const cached = await read(key);
          if (cached === undefined) return null;
          hit = true;
          return {
            http: { status: 200, headers: new HeaderMap([["x-silta-cache", "hit"]]) },
            body: { kind: "single", singleResult: JSON.parse(cached) as Record<string, unknown> },
          };
        },
        async willSendResponse({ response, overallCachePolicy }) {
          if (hit || !key || response.body.kind !== "single" || response.body.singleResult.errors) return;
          const policy = overallCachePolicy.policyIfCacheable();
          if (!policy || policy.scope !== "PUBLIC" || policy.maxAge <= 0) return;
          await write(key, JSON.stringify(response.body.singleResult), policy.maxAge);
        },
      };
    },
  };
}
