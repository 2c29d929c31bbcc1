import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayContext } from "../GatewayContext";

type CachePolicy = Extract<
  GraphQLDataSourceProcessOptions<GatewayContext>,
  { incomingRequestContext: unknown }
>["incomingRequestContext"]["overallCachePolicy"];

/**
 * Like Apollo's RemoteGraphQLDataSource: the response is only as cacheable as its least cacheable
 * subgraph answer. A subgraph's `Cache-Control` without `max-age` makes it uncacheable, and without
 * `public` private.
 */
export function restrictCachePolicy(policy: CachePolicy | undefined, cacheControl: string | undefined): void {
  if (!policy || !("restrict" in policy)) return;
  const maxAge = /(?:^|,)\s*max-age=(\d+)/.exec(cacheControl ?? "")?.[1];
  const scope = /(?:^|,)\s*public\b/.test(cacheControl ?? "") ? "PUBLIC" : "PRIVATE";
  policy.restrict({ maxAge: maxAge ? Number(maxAge) : 0, scope });
}
