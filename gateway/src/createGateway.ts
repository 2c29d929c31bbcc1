import type { IncomingMessage } from "node:http";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { GraphQLError } from "graphql";
import type { Redis } from "ioredis";
import { Agent } from "undici";
import {
  ErrorCode,
  IDEMPOTENCY_KEY_HEADER,
  parseIdempotencyKey,
  SiltaError,
  type Logger,
  type Viewer,
  type ViewerKey,
} from "@silta/kernel";
import { authenticate } from "./auth/authenticate";
import type { TokenVerifier } from "./auth/TokenVerifier";
import { PURPOSE_HEADER } from "./auth/viewerFromClaims";
import type { GatewayContext, RequestStats } from "./GatewayContext";
import { subgraphHealth, type GatewayHealthCheck } from "./health";
import { usePlanExecutor } from "./execution/planExecutor";
import { exportProxy } from "./http/exportProxy";
import { homePage } from "./ide/homePage";
import { ideRoute, type DevelopmentToken } from "./ide/ideRoute";
import type { WebAppSignIn } from "./webApp/webAppConfig";
import { webAppRoute } from "./webApp/webAppRoute";
import { createGatewayHttp, type GatewayHttp } from "./http/gatewayHttpServer";
import { costLimitPlugin } from "./limits/limitsPlugin";
import { limitRules } from "./limits/limitRules";
import { DEFAULT_LIMITS, type OperationLimits } from "./limits/operationLimits";
import { GatewayMetrics } from "./observability/gatewayMetrics";
import { metricsPlugin } from "./observability/metricsPlugin";
import type { PersistedOperation } from "./persistedQueries/manifest";
import { PersistedQueryStore } from "./persistedQueries/persistedQueryStore";
import type { PersistedQueryMode } from "./persistedQueries/resolvePersistedQuery";
import { gatewayErrorFormatter, maskedErrorsPlugin } from "./plugins/maskedErrorsPlugin";
import { operationShapePlugin } from "./plugins/operationShapePlugin";
import { CUSTOM_SCALARS } from "./scalars/customScalars";
import { scalarInputsPlugin } from "./scalars/scalarInputsPlugin";
import { responseCachePlugin } from "./plugins/responseCachePlugin";
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimit } from "./rateLimit/rateLimiter";
import { InFlightLimiter } from "./rateLimit/inFlightLimiter";
import { rateLimited, tooManyInFlight } from "./rateLimit/rateLimitRefusal";
import { BoundedRedis, DEFAULT_REDIS_TIMEOUT_MS } from "./redis/boundedRedis";
import { supergraphSource } from "./schema/supergraphSource";
import { SubgraphDataSource } from "./subgraphDataSource";
import { DEFAULT_SUBGRAPH_POLICY, type SubgraphPolicy } from "./subgraphs/subgraphPolicy";
import { supergraphSubgraphs, type SubgraphEndpoint } from "./supergraphSubgraphs";

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

const STANDALONE_VIEWER: Viewer = { id: "standalone", kind: "system", roles: [], scopes: [] };

/**
 * Silta's one entry point: Apollo Gateway in front of the subgraphs, behind the gateway's own HTTP
 * front. Every request is authenticated and rate limited before planning and checked against the
 * operation limits before any subgraph is called; subgraphs receive the viewer signed for each of
 * them, under a timeout, retry and circuit breaker policy; internal errors reach callers only as
 * INTERNAL_SERVER_ERROR with a request id. Nothing runs until `start`.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { log } = options;
  const production = process.env["NODE_ENV"] === "production";
  const authenticationOff = options.authentication === "off";
  if (authenticationOff && production) {
    throw new Error("The gateway refuses to run with authentication off when NODE_ENV=production.");
  }
  if (!authenticationOff && !options.verifier)
    throw new Error("createGateway needs a token verifier unless authentication is off.");
  if (production && options.landingPage) {
    throw new Error("The gateway refuses to serve the development IDE (landingPage) when NODE_ENV=production.");
  }
  if (production && options.developmentTokens?.length) {
    throw new Error("The gateway refuses to offer development tokens when NODE_ENV=production.");
  }
  if (production && options.webApp?.signIn.kind === "development") {
    throw new Error("The gateway refuses to offer the web app's development sign-in when NODE_ENV=production.");
  }
  if (authenticationOff) log.warn("authentication is OFF: every request is served as the standalone viewer (local testing only)");

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
  // CDN, with telemetry on) are switched off by the plugins below, whatever the environment says.
  process.env["APOLLO_TELEMETRY_DISABLED"] = "true";
  let subgraphs = resolveSubgraphUrls(supergraphSubgraphs(options.supergraphSdl), options.subgraphUrls);
  const dataSources = new Map<string, SubgraphDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSource({
      initialSdl: options.supergraphSdl,
      file: options.supergraphFile,
      pollMs: options.supergraphPollMs ?? 2_000,
      validate: (sdl) => resolveSubgraphUrls(supergraphSubgraphs(sdl), options.subgraphUrls),
      onReload: (sdl) => {
        subgraphs = resolveSubgraphUrls(supergraphSubgraphs(sdl), options.subgraphUrls);
      },
      log,
    }),
    logger: log,
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB ?? 30,
    buildService: ({ name, url }) => {
      const configured = subgraphs.find((subgraph) => subgraph.name === name)?.url ?? url ?? "";
      const existing = dataSources.get(name);
      if (existing && existing.url === configured) return existing;
      const dataSource = new SubgraphDataSource({
        name,
        url: configured,
        viewerKey: options.viewerKey,
        dispatcher,
        policy,
        timeoutMs: options.subgraphTimeoutsMs?.[name],
        metrics,
        log,
      });
      dataSources.set(name, dataSource);
      return dataSource;
    },
  });
  usePlanExecutor(gateway);
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });

  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    maskedErrorsPlugin(),
    operationShapePlugin(),
    costLimitPlugin(limits),
    scalarInputsPlugin(CUSTOM_SCALARS),
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
  ];
  if (metrics) plugins.push(metricsPlugin(metrics));
  if (options.responseCache) plugins.push(responseCachePlugin({ redis, keyPrefix }));

  const introspection = options.introspection ?? !production;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
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
    plugins,
  });

  const rateLimiter = new RateLimiter({ ...DEFAULT_RATE_LIMIT, ...options.rateLimit, redis, keyPrefix });
  const maxInFlight = options.maxInFlightPerClient ?? DEFAULT_MAX_IN_FLIGHT_PER_CLIENT;
  const inFlight = new InFlightLimiter(maxInFlight);
  const store = new PersistedQueryStore({
    redis,
    keyPrefix,
    ttlSeconds: options.persistedQueries?.ttlSeconds ?? 86_400,
  });
  store.pin(options.persistedQueries?.operations ?? []);

  const graphqlPath = "/graphql";
  const ide =
    (options.landingPage ?? !production) ? ideRoute({ graphqlPath, developmentTokens: options.developmentTokens }) : undefined;
  const webApp = options.webApp && webAppRoute({ ...options.webApp, graphqlPath });
  const http = createGatewayHttp({
    apollo,
    graphqlPath,
    homePage: homePage({ graphqlPath, idePath: ide?.path, appPath: webApp?.path, metrics: metrics !== undefined }),
    browserRedirect: ide?.path,
    log,
    maxBodyBytes: limits.maxRequestBytes,
    corsOrigins: options.corsOrigins ?? [],
    persistedQueries: { mode: options.persistedQueries?.mode ?? "apq", store },
    metrics,
    routes: [
      exportProxy({
        authenticate: (request) =>
          authenticationOff
            ? Promise.resolve(options.standaloneViewer ?? STANDALONE_VIEWER)
            : authenticate(
                { authorization: request.headers.authorization, purpose: headerOf(request, PURPOSE_HEADER) },
                options.verifier!,
              ),
        subgraphs: () => subgraphs,
        viewerKey: options.viewerKey,
        dispatcher,
        log,
      }),
      ...(ide ? [ide] : []),
      ...(webApp ? [webApp] : []),
    ],
    readiness: (): GatewayHealthCheck[] => [
      {
        name: "supergraph",
        required: true,
        check: async () => {
          if (!supergraphLoaded) throw new Error("supergraph not loaded");
        },
      },
      ...subgraphs.map(({ name, url }) => subgraphHealth(name, url)),
      ...(options.redis
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
    ],
    detail: () => ({
      redis: redis.detail,
      circuitBreakers: Object.fromEntries([...dataSources.values()].map((source) => [source.name, source.breaker.state])),
    }),
    internalAccess: { token: options.metricsToken, open: !production },
    context: async (request: IncomingMessage, requestId: string, stats: RequestStats, callerGone?: AbortSignal) => {
      const requestLog = log.child({ requestId });
      let viewer: Viewer;
      let idempotencyKey: string | undefined;
      try {
        idempotencyKey = idempotencyKeyOf(request);
        viewer = authenticationOff
          ? (options.standaloneViewer ?? STANDALONE_VIEWER)
          : await authenticate(
              { authorization: request.headers.authorization, purpose: headerOf(request, PURPOSE_HEADER) },
              options.verifier!,
            );
      } catch (error) {
        throw refusal(error, requestId, requestLog, metrics);
      }
      if (rateLimiter.enabled) {
        const decision = await rateLimiter.take(`${viewer.kind}:${viewer.id}`);
        if (!decision.allowed) {
          metrics?.error("RATE_LIMITED");
          requestLog.info({ store: decision.store }, "rate limit reached");
          throw rateLimited(decision.retryAfterSeconds, requestId);
        }
      }
      const release = inFlight.tryAcquire(`${viewer.kind}:${viewer.id}`);
      if (!release) {
        metrics?.error("RATE_LIMITED");
        requestLog.info({ maxInFlight }, "too many requests in flight for this client");
        throw tooManyInFlight(maxInFlight, requestId);
      }
      stats.release = release;
      return { viewer, requestId, log: requestLog, stats, idempotencyKey, callerGone };
    },
  });

  let stopping: Promise<void> | undefined;
  return {
    get subgraphs() {
      return subgraphs;
    },
    http,
    metrics,
    async start(port, host) {
      await apollo.start();
      const url = await http.listen(port, host);
      log.info({ url, subgraphs: subgraphs.map(({ name }) => name) }, "gateway ready");
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

function resolveSubgraphUrls(fromSupergraph: SubgraphEndpoint[], overrides: Record<string, string>): SubgraphEndpoint[] {
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

/**
 * What the caller sees when the context cannot be built: Silta's own errors (401, 400) as they
 * are, anything else (the identity provider's keys unreachable) as 503 with only the request id.
 */
function refusal(error: unknown, requestId: string, log: Logger, metrics: GatewayMetrics | undefined): GraphQLError {
  if (error instanceof SiltaError) {
    error.extensions["requestId"] = requestId;
    metrics?.error(error.code);
    return error;
  }
  log.error({ err: error }, "could not authenticate the request");
  metrics?.error(ErrorCode.Internal);
  return new GraphQLError("Authentication is unavailable right now. Try again shortly.", {
    extensions: { code: ErrorCode.Internal, requestId, http: { status: 503 } },
  });
}

/** The caller's Idempotency-Key; a malformed one is the caller's mistake (400), refused before any work. */
function idempotencyKeyOf(request: IncomingMessage): string | undefined {
  try {
    return parseIdempotencyKey(headerOf(request, IDEMPOTENCY_KEY_HEADER));
  } catch (error) {
    if (error instanceof SiltaError) error.extensions["http"] = { status: 400 };
    throw error;
  }
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
