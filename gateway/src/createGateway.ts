import { ApolloServer } from "@apollo/server";
import type { Redis } from "ioredis";
import { Agent } from "undici";
import type { Logger, Viewer, ViewerKey } from "@silta/kernel";
import { FHIR_BASE_PATH } from "@silta/fhir";
import { requestAuthentication } from "./auth/requestAuthentication";
import type { TokenVerifier } from "./auth/TokenVerifier";
import type { GatewayContext } from "./GatewayContext";
import { refuseUnsafeOptions } from "./gatewayOptionsRefusals";
import { gatewayReadiness } from "./gatewayReadiness";
import { exportProxy } from "./http/exportProxy";
import { fhirRoute } from "./http/fhirRoute";
import { createGatewayHttp, type GatewayHttp } from "./http/gatewayHttpServer";
import { gatewayRoutes } from "./http/gatewayRoutes";
import { graphqlRoute } from "./http/graphqlRoute";
import { InFlightRequests } from "./http/inFlightRequests";
import { operatorRoutes } from "./http/operatorRoutes";
import { homePage } from "./ide/homePage";
import { ideRoute, type DevelopmentToken } from "./ide/ideRoute";
import { limitRules } from "./limits/limitRules";
import { DEFAULT_LIMITS, type OperationLimits } from "./limits/operationLimits";
import { GatewayMetrics } from "./observability/gatewayMetrics";
import type { PersistedOperation } from "./persistedQueries/manifest";
import { PersistedQueryStore } from "./persistedQueries/persistedQueryStore";
import type { PersistedQueryMode } from "./persistedQueries/resolvePersistedQuery";
import { requestContext } from "./pipeline/requestContext";
import { gatewayPlugins } from "./plugins/gatewayPlugins";
import { gatewayErrorFormatter } from "./plugins/maskedErrorsPlugin";
import { InFlightLimiter } from "./rateLimit/inFlightLimiter";
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimit } from "./rateLimit/rateLimiter";
import { inFlightStep, rateLimitStep } from "./rateLimit/rateLimitStep";
import { BoundedRedis, DEFAULT_REDIS_TIMEOUT_MS } from "./redis/boundedRedis";
import { DEFAULT_SUBGRAPH_POLICY, type SubgraphPolicy } from "./subgraphs/subgraphPolicy";
import { createSupergraphExecutor } from "./supergraphExecutor";
import type { SubgraphEndpoint } from "./supergraphSubgraphs";
import type { WebAppSignIn } from "./webApp/webAppConfig";
import { webAppRoute } from "./webApp/webAppRoute";

export interface GatewayOptions {
  /** The composed supergraph (`schema/supergraph.graphql`). */
  supergraphSdl: string;
  /** The file `supergraphSdl` came from: when set, it is watched and a changed supergraph is served without a restart. */
  supergraphFile?: string;
  /** How often `supergraphFile` is checked, in ms. Default 2 000. */
  supergraphPollMs?: number;
  /**
   * Subgraph GraphQL URLs by subgraph name, overriding the supergraph's `@join__graph(url:)`.
   * A subgraph not named here keeps the supergraph's URL; a name the supergraph lacks is an error.
   */
  subgraphUrls: Record<string, string>;
  /** Checks callers' bearer tokens: OIDC in servers mode, the development issuer when embedded. Required unless authentication is off. */
  verifier?: TokenVerifier;
  /** `off` serves every request as {@link GatewayOptions.standaloneViewer}, for local testing; refused in production. Default `required`. */
  authentication?: "required" | "off";
  /** The viewer of every request when authentication is off. Default: a system viewer `standalone` without roles or scopes. */
  standaloneViewer?: Viewer;
  /** Signs the viewer header for subgraphs; they must hold the same key. */
  viewerKey: ViewerKey;
  log: Logger;
  /** Schema introspection for tools. Default: on unless NODE_ENV is `production`. */
  introspection?: boolean;
  /**
   * The development IDE: GraphiQL at `/ide`, served from this project's own packages (no CDN), linked
   * from `GET /`, and where a browser opening the GraphQL URL is sent. Apollo's own landing page,
   * which loads Apollo Sandbox from Apollo's CDN, is never served. Default: on unless NODE_ENV is
   * `production`; refused there.
   */
  landingPage?: boolean;
  /** Tokens the IDE offers with one click (the embedded hub's demo users), to callers on this machine only. Refused in production. Default none. */
  developmentTokens?: readonly DevelopmentToken[];
  /**
   * The web app (`ui/`), built, served at `/app/` of this origin under its own strict CSP, with its
   * sign-in settings at `/app/config.json`. Development sign-in (demo tokens) is refused in
   * production. Default: not served.
   */
  webApp?: { directory: string; signIn: WebAppSignIn };
  /** Shared store of persisted queries, rate limit counters and cached responses. Default: none, everything in this process. */
  redis?: Redis;
  /** Prefix of every Redis key the gateway writes, so gateways (and tests) sharing a Redis never collide. Default `silta:gateway`. */
  redisKeyPrefix?: string;
  /** Longest wait for one Redis command on the request path, in ms; past it the request uses its fallback. Default 50. */
  redisTimeoutMs?: number;
  /** Operation limits; each missing one takes its default ({@link DEFAULT_LIMITS}). */
  limits?: Partial<OperationLimits>;
  persistedQueries?: {
    /** Default `apq`. */
    mode?: PersistedQueryMode;
    /** Lifetime of an automatic persisted query in Redis, in seconds. Default 86 400. */
    ttlSeconds?: number;
    /** Safelisted operations held in memory (for instance from manifest files), besides those registered in Redis. */
    operations?: readonly PersistedOperation[];
  };
  /** Per-client rate limit; `requests: 0` turns it off. Default 600 per 60 s. */
  rateLimit?: Partial<RateLimit>;
  /** Requests one client may have in flight at once on this instance; 0 turns the bound off. Default 16. */
  maxInFlightPerClient?: number;
  /** Subgraph timeouts, retries, connection pool and circuit breaker; each missing value takes its default. */
  subgraphPolicy?: Partial<SubgraphPolicy>;
  /** Timeouts of single subgraphs, by name, in ms, overriding `subgraphPolicy.timeoutMs`. */
  subgraphTimeoutsMs?: Record<string, number>;
  /** Approximate size of the query plan cache in MiB. Default 30. */
  queryPlanCacheMiB?: number;
  /** Caches whole responses that every subgraph marked public and cacheable. Default off. */
  responseCache?: boolean;
  /** Origins allowed to call from a browser (`*` for any). Default: none. */
  corsOrigins?: readonly string[];
  /** Prometheus metrics at `/metrics`. Default on. */
  metrics?: boolean;
  /**
   * Bearer token that `/metrics` and `/health/detail` require. Default none: then they are open
   * outside production and not served (404) in production.
   */
  metricsToken?: string;
  /** How long `stop` waits for requests in flight, in ms. Default 10 000. */
  shutdownGraceMs?: number;
}

export interface Gateway {
  /** The subgraphs the gateway calls, with the URLs it calls them at (after the last reload). */
  readonly subgraphs: readonly SubgraphEndpoint[];
  readonly http: GatewayHttp;
  /** Undefined when metrics are off. */
  readonly metrics: GatewayMetrics | undefined;
  /** Loads the supergraph and listens; resolves to the GraphQL URL. Port 0 picks a free port. */
  start(port: number, host?: string): Promise<string>;
  /** Stops accepting requests, finishes those in flight, then closes everything it opened (not the Redis it was given). */
  stop(): Promise<void>;
}

/** Below the default subgraph connection pool (64), so no one client can hold every connection. */
export const DEFAULT_MAX_IN_FLIGHT_PER_CLIENT = 16;

/**
 * Silta's one entry point: Apollo Gateway in front of the subgraphs, behind the gateway's own HTTP
 * front. Every request is authenticated and rate limited before planning and checked against the
 * operation limits before any subgraph is called; subgraphs receive the viewer signed for each of
 * them, under a timeout, retry and circuit breaker policy; internal errors reach callers only as
 * INTERNAL_SERVER_ERROR with a request id. Nothing runs until `start`.
 *
 * This function is the pipeline's one visible composition (docs/gateway.md, "The pipeline"): each
 * unit it wires lives, and is tested, in its own module.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { log } = options;
  const production = process.env["NODE_ENV"] === "production";
  refuseUnsafeOptions(options, production);
  if (options.authentication === "off")
    log.warn("authentication is OFF: every request is served as the standalone viewer (local testing only)");

  const limits: OperationLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const policy: SubgraphPolicy = { ...DEFAULT_SUBGRAPH_POLICY, ...options.subgraphPolicy };
  const keyPrefix = options.redisKeyPrefix ?? "silta:gateway";
  const metrics = options.metrics === false ? undefined : new GatewayMetrics();
  const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: policy.connections });
  const redis = new BoundedRedis({ redis: options.redis, timeoutMs: options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS, log });
  if (production && !options.metricsToken && metrics) {
    log.warn("METRICS_TOKEN is not set: /metrics and /health/detail are not served (NODE_ENV=production)");
  }

  // @apollo/gateway otherwise reports host data to Apollo's servers (and probes cloud metadata
  // endpoints to find it). A hub of client data does not call home; its only switch is this variable.
  // Apollo Server's usage and schema reporting (turned on by APOLLO_KEY, APOLLO_GRAPH_REF or
  // APOLLO_SCHEMA_REPORTING in the environment) and its landing page (Apollo Sandbox from Apollo's
  // CDN, with telemetry on) are switched off by the plugins (gatewayPlugins), whatever the environment says.
  process.env["APOLLO_TELEMETRY_DISABLED"] = "true";

  // Plans and runs operations; each subgraph call signs, bounds, retries and guards itself (subgraphDataSource.ts).
  const executor = createSupergraphExecutor({
    supergraphSdl: options.supergraphSdl,
    supergraphFile: options.supergraphFile,
    supergraphPollMs: options.supergraphPollMs ?? 2_000,
    subgraphUrls: options.subgraphUrls,
    queryPlanCacheMiB: options.queryPlanCacheMiB ?? 30,
    viewerKey: options.viewerKey,
    dispatcher,
    policy,
    subgraphTimeoutsMs: options.subgraphTimeoutsMs,
    metrics,
    log,
  });

  const introspection = options.introspection ?? !production;
  const apollo = new ApolloServer<GatewayContext>({
    gateway: executor.gateway,
    logger: log,
    introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Persisted queries are resolved by the HTTP front (APQ and the safelist, in Redis).
    persistedQueries: false,
    // Counted while parsing, so an oversized document is refused before it is built.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    // The composition root owns shutdown (kernel onShutdown). Apollo's own handler would stop the
    // server and then re-raise the signal, ending the process with 130 before connections close.
    stopOnTerminationSignals: false,
    formatError: gatewayErrorFormatter({ hideSuggestions: !introspection }),
    plugins: gatewayPlugins({ limits, metrics, responseCache: options.responseCache ? { redis, keyPrefix } : undefined }),
  });

  // Before planning, in order: who calls, their rate limit, their in-flight bound (pipeline/requestContext.ts).
  const authenticate = requestAuthentication(
    options.authentication === "off"
      ? { authentication: "off", standaloneViewer: options.standaloneViewer }
      : { authentication: "required", verifier: options.verifier! },
  );
  const maxInFlight = options.maxInFlightPerClient ?? DEFAULT_MAX_IN_FLIGHT_PER_CLIENT;
  const context = requestContext({
    log,
    metrics,
    authenticate,
    rateLimit: rateLimitStep(new RateLimiter({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit, redis, keyPrefix }), metrics),
    takeInFlightSlot: inFlightStep(new InFlightLimiter(maxInFlight), maxInFlight, metrics),
  });

  const store = new PersistedQueryStore({ redis, keyPrefix, ttlSeconds: options.persistedQueries?.ttlSeconds ?? 86_400 });
  store.pin(options.persistedQueries?.operations ?? []);

  const graphqlPath = "/graphql";
  const ide =
    (options.landingPage ?? !production) ? ideRoute({ graphqlPath, developmentTokens: options.developmentTokens }) : undefined;
  const webApp = options.webApp && webAppRoute({ ...options.webApp, graphqlPath });
  const requests = new InFlightRequests();
  const http = createGatewayHttp({
    graphqlPath,
    requests,
    log,
    corsOrigins: options.corsOrigins ?? [],
    route: gatewayRoutes({
      graphqlPath,
      graphql: graphqlRoute({
        apollo,
        context,
        requests,
        log,
        maxBodyBytes: limits.maxRequestBytes,
        persistedQueries: { mode: options.persistedQueries?.mode ?? "apq", store },
        metrics,
        browserRedirect: ide?.path,
      }),
      fhir: { basePath: FHIR_BASE_PATH, handle: fhirRoute({ apollo, context }) },
      operator: operatorRoutes({
        requests,
        readiness: gatewayReadiness(executor, options.redis ? redis : undefined),
        detail: () => ({ redis: redis.detail, circuitBreakers: executor.breakerStates() }),
        internalAccess: { token: options.metricsToken, open: !production },
        metrics,
      }),
      homePage: homePage({ graphqlPath, idePath: ide?.path, appPath: webApp?.path, metrics: metrics !== undefined }),
      prefixes: [
        exportProxy({ authenticate, subgraphs: executor.subgraphs, viewerKey: options.viewerKey, dispatcher, log }),
        ...(ide ? [ide] : []),
        ...(webApp ? [webApp] : []),
      ],
    }),
  });

  let stopping: Promise<void> | undefined;
  return {
    get subgraphs() {
      return executor.subgraphs();
    },
    http,
    metrics,
    async start(port, host) {
      await apollo.start();
      const url = await http.listen(port, host);
      log.info({ url, subgraphs: executor.subgraphs().map(({ name }) => name) }, "gateway ready");
      return url;
    },
    stop() {
      stopping ??= (async () => {
        await http.close(options.shutdownGraceMs ?? 10_000);
        // Stops the gateway too, which Apollo Server started.
        await apollo.stop();
        await dispatcher.close();
      })();
      return stopping;
    },
  };
}
