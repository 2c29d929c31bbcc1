import { join } from "node:path";
import { z } from "zod";
import { configFields, loadConfig } from "@silta/kernel";
import { subgraphNames, urlVariableOf } from "@silta/registry";
import { DEFAULT_LIMITS, type OperationLimits } from "./limits/operationLimits";
import { DEFAULT_RATE_LIMIT } from "./rateLimit/rateLimiter";
import { DEFAULT_SUBGRAPH_POLICY, type SubgraphPolicy } from "./subgraphs/subgraphPolicy";

const repositoryRoot = join(__dirname, "..", "..");
/** `SUBGRAPH_<NAME>_URL` configures the URL of the subgraph `<name>` (lower case). */
const subgraphUrlVariable = /^SUBGRAPH_([A-Z0-9_]+)_URL$/;
/** The subgraphs of Silta's own supergraph (the registry's), so that their variables are always validated. */
const knownSubgraphVariables = subgraphNames.map(urlVariableOf);

const oidcVariables = ["OIDC_ISSUER", "OIDC_AUDIENCE", "OIDC_JWKS_URL"] as const;
const webAppOidcVariables = ["WEB_APP_OIDC_CLIENT_ID", "WEB_APP_OIDC_AUTHORIZATION_URL", "WEB_APP_OIDC_TOKEN_URL"] as const;

function gatewayConfigSchema(subgraphVariables: readonly string[]) {
  return z
    .object({
      NODE_ENV: configFields.nodeEnv,
      LOG_LEVEL: configFields.logLevel,
      HOST: z.string().default("127.0.0.1"),
      PORT: configFields.port(4000),
      /** The composed supergraph. Default: the repository's `schema/supergraph.graphql`. */
      SUPERGRAPH_PATH: z.string().default(join(repositoryRoot, "schema", "supergraph.graphql")),
      VIEWER_SIGNING_SECRET: configFields.signingSecret,
      OIDC_ISSUER: z.string().min(1).optional(),
      OIDC_AUDIENCE: z.string().min(1).optional(),
      OIDC_JWKS_URL: configFields.httpUrl.optional(),
      OIDC_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
      /** Where the development issuer's key is read from when OIDC is not configured (not in production). */
      SILTA_DATA_DIR: z.string().default(".silta"),
      /** `off` runs the gateway alone for local testing of a supergraph, without tokens (refused in production). */
      GATEWAY_AUTHENTICATION: z.enum(["required", "off"]).default("required"),
      REDIS_URL: configFields.redisUrl.optional(),
      REDIS_KEY_PREFIX: z
        .string()
        .regex(/^[A-Za-z0-9:_.-]{1,64}$/, "must be 1-64 of A-Z a-z 0-9 : _ . -")
        .default("silta:gateway"),
      SUPERGRAPH_WATCH: configFields.booleanFlag.default(true),
      SUPERGRAPH_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
      MAX_REQUEST_BYTES: positive(1_000_000_000).default(DEFAULT_LIMITS.maxRequestBytes),
      MAX_DEPTH: positive(1_000).default(DEFAULT_LIMITS.maxDepth),
      MAX_ALIASES: positive(10_000).default(DEFAULT_LIMITS.maxAliases),
      MAX_ROOT_FIELDS: positive(1_000).default(DEFAULT_LIMITS.maxRootFields),
      MAX_TOKENS: positive(1_000_000).default(DEFAULT_LIMITS.maxTokens),
      MAX_DIRECTIVES: positive(1_000).default(DEFAULT_LIMITS.maxDirectives),
      MAX_COST: positive(100_000_000).default(DEFAULT_LIMITS.maxCost),
      COST_DEFAULT_LIST_SIZE: positive(10_000).default(DEFAULT_LIMITS.defaultListSize),
      PERSISTED_QUERIES: z.enum(["off", "apq", "safelist"]).default("apq"),
      PERSISTED_QUERIES_TTL_SECONDS: positive(31_536_000).default(86_400),
      PERSISTED_QUERIES_MANIFESTS: z.string().optional(),
      RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).max(10_000_000).default(DEFAULT_RATE_LIMIT.requests),
      RATE_LIMIT_WINDOW_SECONDS: positive(86_400).default(DEFAULT_RATE_LIMIT.windowSeconds),
      MAX_IN_FLIGHT_PER_CLIENT: z.coerce.number().int().min(0).max(10_000).default(16),
      SUBGRAPH_TIMEOUT_MS: positive(600_000).default(DEFAULT_SUBGRAPH_POLICY.timeoutMs),
      SUBGRAPH_RETRIES: z.coerce.number().int().min(0).max(5).default(DEFAULT_SUBGRAPH_POLICY.retries),
      SUBGRAPH_CONNECTIONS: positive(10_000).default(DEFAULT_SUBGRAPH_POLICY.connections),
      BREAKER_FAILURES: positive(1_000).default(DEFAULT_SUBGRAPH_POLICY.breakerFailures),
      BREAKER_OPEN_MS: positive(3_600_000).default(DEFAULT_SUBGRAPH_POLICY.breakerOpenMs),
      QUERY_PLAN_CACHE_MIB: positive(4_096).default(30),
      RESPONSE_CACHE: configFields.booleanFlag.default(false),
      CORS_ORIGINS: z.string().optional(),
      LANDING_PAGE: configFields.booleanFlag.optional(),
      INTROSPECTION: configFields.booleanFlag.optional(),
      METRICS: configFields.booleanFlag.default(true),
      METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
      REDIS_TIMEOUT_MS: positive(10_000).default(50),
      SHUTDOWN_GRACE_MS: positive(600_000).default(10_000),
      /** The built web app (`ui/dist`) to serve at `/app/`; unset: not served. */
      WEB_APP_DIR: z.string().min(1).optional(),
      /** The web app's public client at the identity provider (authorization code with PKCE, no secret). */
      WEB_APP_OIDC_CLIENT_ID: z.string().min(1).optional(),
      /** The provider's authorization endpoint as a browser reaches it. */
      WEB_APP_OIDC_AUTHORIZATION_URL: configFields.httpUrl.optional(),
      /** The provider's token endpoint as a browser reaches it (allowed by the app's CSP connect-src). */
      WEB_APP_OIDC_TOKEN_URL: configFields.httpUrl.optional(),
      WEB_APP_OIDC_SCOPE: z.string().min(1).default("openid"),
      ...Object.fromEntries(subgraphVariables.map((variable) => [variable, configFields.httpUrl.optional()])),
      ...Object.fromEntries(subgraphVariables.map((variable) => [timeoutVariableOf(variable), positive(600_000).optional()])),
    })
    .superRefine((config, context) => {
      const production = config.NODE_ENV === "production";
      if (production && config.GATEWAY_AUTHENTICATION === "off") {
        context.addIssue({ code: "custom", path: ["GATEWAY_AUTHENTICATION"], message: "cannot be off in production" });
      }
      if (production && config.INTROSPECTION === true) {
        context.addIssue({ code: "custom", path: ["INTROSPECTION"], message: "cannot be on in production" });
      }
      if (production && config.LANDING_PAGE === true) {
        context.addIssue({ code: "custom", path: ["LANDING_PAGE"], message: "cannot be on in production" });
      }
      if (config.WEB_APP_DIR !== undefined && config.OIDC_ISSUER !== undefined) {
        for (const variable of webAppOidcVariables) {
          if (config[variable] === undefined)
            context.addIssue({
              code: "custom",
              path: [variable],
              message: "is required when WEB_APP_DIR is set and OIDC is configured (the web app signs people in with it)",
            });
        }
      }
      const missing = oidcVariables.filter((variable) => config[variable] === undefined);
      if (missing.length === 0) return;
      if (missing.length === oidcVariables.length && (!production || config.GATEWAY_AUTHENTICATION === "off")) return;
      for (const variable of missing) {
        context.addIssue({
          code: "custom",
          path: [variable],
          message: production
            ? "is required in production (the development token issuer is refused there)"
            : `is required together with ${oidcVariables.filter((other) => other !== variable).join(" and ")}`,
        });
      }
    })
    .transform((config) => {
      const settings = config as typeof config & Record<string, string | number | undefined>;
      return {
        NODE_ENV: config.NODE_ENV,
        LOG_LEVEL: config.LOG_LEVEL,
        HOST: config.HOST,
        PORT: config.PORT,
        SUPERGRAPH_PATH: config.SUPERGRAPH_PATH,
        VIEWER_SIGNING_SECRET: config.VIEWER_SIGNING_SECRET,
        SILTA_DATA_DIR: config.SILTA_DATA_DIR,
        authentication: config.GATEWAY_AUTHENTICATION,
        REDIS_URL: config.REDIS_URL,
        redisKeyPrefix: config.REDIS_KEY_PREFIX,
        supergraphWatch: config.SUPERGRAPH_WATCH,
        supergraphPollMs: config.SUPERGRAPH_POLL_MS,
        limits: {
          maxRequestBytes: config.MAX_REQUEST_BYTES,
          maxDepth: config.MAX_DEPTH,
          maxAliases: config.MAX_ALIASES,
          maxRootFields: config.MAX_ROOT_FIELDS,
          maxTokens: config.MAX_TOKENS,
          maxDirectives: config.MAX_DIRECTIVES,
          maxCost: config.MAX_COST,
          defaultListSize: config.COST_DEFAULT_LIST_SIZE,
        } satisfies OperationLimits,
        persistedQueries: {
          mode: config.PERSISTED_QUERIES,
          ttlSeconds: config.PERSISTED_QUERIES_TTL_SECONDS,
          manifests: (config.PERSISTED_QUERIES_MANIFESTS ?? "")
            .split(",")
            .map((path) => path.trim())
            .filter(Boolean),
        },
        rateLimit: { requests: config.RATE_LIMIT_REQUESTS, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS },
        maxInFlightPerClient: config.MAX_IN_FLIGHT_PER_CLIENT,
        subgraphPolicy: {
          timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
          retries: config.SUBGRAPH_RETRIES,
          connections: config.SUBGRAPH_CONNECTIONS,
          breakerFailures: config.BREAKER_FAILURES,
          breakerOpenMs: config.BREAKER_OPEN_MS,
        } satisfies SubgraphPolicy,
        /** Per-subgraph timeouts from `SUBGRAPH_<NAME>_TIMEOUT_MS`. */
        subgraphTimeoutsMs: Object.fromEntries(
          subgraphVariables.flatMap((variable) => {
            const timeout = settings[timeoutVariableOf(variable)];
            return timeout ? [[subgraphNameOf(variable), Number(timeout)]] : [];
          }),
        ) as Record<string, number>,
        queryPlanCacheMiB: config.QUERY_PLAN_CACHE_MIB,
        responseCache: config.RESPONSE_CACHE,
        corsOrigins: (config.CORS_ORIGINS ?? "")
          .split(",")
          .map((origin) => origin.trim())
          .filter(Boolean),
        landingPage: config.LANDING_PAGE ?? config.NODE_ENV !== "production",
        introspection: config.INTROSPECTION ?? config.NODE_ENV !== "production",
        metrics: config.METRICS,
        metricsToken: config.METRICS_TOKEN,
        redisTimeoutMs: config.REDIS_TIMEOUT_MS,
        shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
        /** Subgraph URLs by subgraph name; subgraphs not named keep the supergraph's URL. */
        subgraphUrls: Object.fromEntries(
          subgraphVariables.flatMap((variable) => {
            const url = settings[variable];
            return typeof url === "string" ? [[subgraphNameOf(variable), url]] : [];
          }),
        ) as Record<string, string>,
        /** The web app and how it signs people in: OIDC with PKCE when OIDC is configured, else nobody (development gateway without tokens of its own to offer). */
        webApp: config.WEB_APP_DIR
          ? {
              directory: config.WEB_APP_DIR,
              signIn:
                config.OIDC_ISSUER && config.WEB_APP_OIDC_CLIENT_ID
                  ? ({
                      kind: "oidc",
                      issuer: config.OIDC_ISSUER,
                      authorizationEndpoint: config.WEB_APP_OIDC_AUTHORIZATION_URL!,
                      tokenEndpoint: config.WEB_APP_OIDC_TOKEN_URL!,
                      clientId: config.WEB_APP_OIDC_CLIENT_ID,
                      scope: config.WEB_APP_OIDC_SCOPE,
                    } as const)
                  : ({ kind: "unavailable" } as const),
            }
          : undefined,
        /** Set when OIDC is configured; otherwise (never in production) the development issuer's tokens are accepted. */
        oidc:
          config.OIDC_ISSUER && config.OIDC_AUDIENCE && config.OIDC_JWKS_URL
            ? {
                issuer: config.OIDC_ISSUER,
                audience: config.OIDC_AUDIENCE,
                jwksUrl: config.OIDC_JWKS_URL,
                clockToleranceSeconds: config.OIDC_CLOCK_TOLERANCE_SECONDS,
              }
            : undefined,
      };
    });
}

function positive(max: number) {
  return z.coerce.number().int().min(1).max(max);
}

/** `SUBGRAPH_FIT_URL` → `SUBGRAPH_FIT_TIMEOUT_MS`. */
function timeoutVariableOf(urlVariable: string): string {
  return urlVariable.replace(/_URL$/, "_TIMEOUT_MS");
}

export type GatewayConfig = z.infer<ReturnType<typeof gatewayConfigSchema>>;

/**
 * The gateway's environment, parsed once; every problem is reported at once. Besides the variables
 * of the registry's subgraphs, any `SUBGRAPH_<NAME>_URL` is read, so the gateway boots from any
 * supergraph file with its URLs from configuration.
 */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const extra = Object.keys(env).filter((variable) => subgraphUrlVariable.test(variable));
  const subgraphVariables = [...new Set<string>([...knownSubgraphVariables, ...extra])];
  return loadConfig(gatewayConfigSchema(subgraphVariables), env);
}

function subgraphNameOf(variable: string): string {
  return (subgraphUrlVariable.exec(variable)?.[1] ?? variable).toLowerCase();
}
