import { ApolloGateway } from "@apollo/gateway";
import type { Dispatcher } from "undici";
import type { Logger, ViewerKey } from "@silta/kernel";
import type { GatewayMetrics } from "./observability/gatewayMetrics";
import { usePlanExecutor } from "./execution/planExecutor";
import { supergraphSource } from "./schema/supergraphSource";
import { SubgraphDataSource } from "./subgraphDataSource";
import type { BreakerState } from "./subgraphs/circuitBreaker";
import type { SubgraphPolicy } from "./subgraphs/subgraphPolicy";
import { supergraphSubgraphs, type SubgraphEndpoint } from "./supergraphSubgraphs";

export interface SupergraphExecutorOptions {
  supergraphSdl: string;
  supergraphFile?: string;
  supergraphPollMs: number;
  subgraphUrls: Record<string, string>;
  queryPlanCacheMiB: number;
  viewerKey: ViewerKey;
  dispatcher: Dispatcher;
  policy: SubgraphPolicy;
  subgraphTimeoutsMs?: Record<string, number>;
  metrics?: GatewayMetrics;
  log: Logger;
}

/** What plans and runs operations across the subgraphs, and what the rest of the gateway asks of it. */
export interface SupergraphExecutor {
  /** Handed to Apollo Server as its `gateway`. */
  readonly gateway: ApolloGateway;
  /** The subgraphs with the URLs they are called at, after the last reload. */
  subgraphs(): SubgraphEndpoint[];
  /** Whether a supergraph has been loaded (readiness). */
  loaded(): boolean;
  /** Each subgraph's circuit breaker, for `/health/detail`. */
  breakerStates(): Record<string, BreakerState>;
}

/**
 * The one place the query planner and executor are built: Apollo Gateway on the supergraph (watched
 * for changes when a file is given), calling each subgraph through a {@link SubgraphDataSource}.
 */
export function createSupergraphExecutor(options: SupergraphExecutorOptions): SupergraphExecutor {
  const { log } = options;
  let subgraphs = resolveSubgraphUrls(supergraphSubgraphs(options.supergraphSdl), options.subgraphUrls);
  const dataSources = new Map<string, SubgraphDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSource({
      initialSdl: options.supergraphSdl,
      file: options.supergraphFile,
      pollMs: options.supergraphPollMs,
      validate: (sdl) => resolveSubgraphUrls(supergraphSubgraphs(sdl), options.subgraphUrls),
      onReload: (sdl) => {
        subgraphs = resolveSubgraphUrls(supergraphSubgraphs(sdl), options.subgraphUrls);
      },
      log,
    }),
    logger: log,
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB,
    buildService: ({ name, url }) => {
      const configured = subgraphs.find((subgraph) => subgraph.name === name)?.url ?? url ?? "";
      const existing = dataSources.get(name);
      if (existing && existing.url === configured) return existing;
      const dataSource = new SubgraphDataSource({
        name,
        url: configured,
        viewerKey: options.viewerKey,
        dispatcher: options.dispatcher,
        policy: options.policy,
        timeoutMs: options.subgraphTimeoutsMs?.[name],
        metrics: options.metrics,
        log,
      });
      dataSources.set(name, dataSource);
      return dataSource;
    },
  });
  // Silta's own executor of the cached query plans (gateway/src/execution/, docs/benchmarks-gateway.md).
  usePlanExecutor(gateway);
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });
  return {
    gateway,
    subgraphs: () => subgraphs,
    loaded: () => supergraphLoaded,
    breakerStates: () => Object.fromEntries([...dataSources.values()].map((source) => [source.name, source.breaker.state])),
  };
}

/** The supergraph's subgraphs at their configured URLs; a URL for a subgraph it lacks, or one not http(s), is an error. */
export function resolveSubgraphUrls(fromSupergraph: SubgraphEndpoint[], overrides: Record<string, string>): SubgraphEndpoint[] {
  const known = new Set(fromSupergraph.map(({ name }) => name));
  const unknown = Object.keys(overrides).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `Subgraph URLs were configured for ${unknown.join(", ")}, which the supergraph does not have (it has ${[...known].join(", ")}).`,
    );
  }
  return fromSupergraph.map(({ name, url }) => {
    const configured = overrides[name] ?? url;
    if (!/^https?:\/\/[^/]/.test(configured)) {
      throw new Error(`The URL of subgraph ${name} must be an http:// or https:// URL (is ${JSON.stringify(configured)}).`);
    }
    return { name, url: configured };
  });
}
