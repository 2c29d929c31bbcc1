import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createLogger, createRedis, exitOnStartupError, invokedAs, onShutdown, viewerKey, type Logger } from "@silta/kernel";
import { createDevTokenIssuer } from "./auth/devTokenIssuer";
import { createOidcVerifier } from "./auth/oidcVerifier";
import type { TokenVerifier } from "./auth/TokenVerifier";
import { loadGatewayConfig, type GatewayConfig } from "./config";
import { createGateway } from "./createGateway";
import { parseManifest, type PersistedOperation } from "./persistedQueries/manifest";

/** Servers mode: the gateway as its own process (one container), in front of the six subgraph services. */
async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(
      `usage: ${invokedAs()}\n\nThe gateway as its own service (servers mode), configured only by the environment: PORT (default 4000),\nSUPERGRAPH_PATH, SUBGRAPH_<NAME>_URL, OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL, REDIS_URL, … (README "Configuration", docs/gateway.md).`,
    );
    return;
  }
  const config = loadGatewayConfig();
  const log = createLogger({ service: "gateway", level: config.LOG_LEVEL });
  const supergraphPath = resolve(config.SUPERGRAPH_PATH);
  const supergraphSdl = await readFile(supergraphPath, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `SUPERGRAPH_PATH: cannot read ${supergraphPath} (${error.code ?? error.message}); run \`npm run compose\` or point it at a supergraph file.`,
    );
  });
  const redis = config.REDIS_URL ? createRedis(config.REDIS_URL, "silta-gateway", log) : undefined;
  // Without Redis every instance keeps its own counters and persisted queries; fine for one instance.
  if (!redis) log.warn("REDIS_URL is not set: rate limits and persisted queries are kept per instance");
  const gateway = createGateway({
    supergraphSdl,
    supergraphFile: config.supergraphWatch ? supergraphPath : undefined,
    supergraphPollMs: config.supergraphPollMs,
    subgraphUrls: config.subgraphUrls,
    authentication: config.authentication,
    verifier: config.authentication === "off" ? undefined : await verifierFor(config, log),
    viewerKey: viewerKey(config.VIEWER_SIGNING_SECRET),
    log,
    introspection: config.introspection,
    landingPage: config.landingPage,
    redis,
    redisKeyPrefix: config.redisKeyPrefix,
    limits: config.limits,
    persistedQueries: {
      mode: config.persistedQueries.mode,
      ttlSeconds: config.persistedQueries.ttlSeconds,
      operations: await readManifests(config.persistedQueries.manifests),
    },
    rateLimit: config.rateLimit,
    subgraphPolicy: config.subgraphPolicy,
    subgraphTimeoutsMs: config.subgraphTimeoutsMs,
    queryPlanCacheMiB: config.queryPlanCacheMiB,
    responseCache: config.responseCache,
    corsOrigins: config.corsOrigins,
    metrics: config.metrics,
    metricsToken: config.metricsToken,
    maxInFlightPerClient: config.maxInFlightPerClient,
    redisTimeoutMs: config.redisTimeoutMs,
    shutdownGraceMs: config.shutdownGraceMs,
    webApp: config.webApp,
  });
  await gateway.start(config.PORT, config.HOST);
  // Keyed by subgraph name: a field called `name` would be redacted as personal data by the logger.
  log.info(
    { supergraph: supergraphPath, subgraphs: Object.fromEntries(gateway.subgraphs.map(({ name, url }) => [name, url])) },
    "routing to subgraphs",
  );
  onShutdown(log, async () => {
    await gateway.stop();
    redis?.disconnect();
  });
}

async function verifierFor(config: GatewayConfig, log: Logger): Promise<TokenVerifier> {
  if (config.oidc) return createOidcVerifier(config.oidc);
  // Only reachable outside production (the config refuses production without OIDC). The key file is
  // the one the embedded hub uses, so tokens printed by `npm start` work here too.
  const keyFile = resolve(join(config.SILTA_DATA_DIR, "dev-issuer-key.json"));
  log.warn({ keyFile }, "OIDC is not configured: accepting development tokens (never do this in production)");
  return (await createDevTokenIssuer({ keyFile })).verifier;
}

async function readManifests(paths: readonly string[]): Promise<PersistedOperation[]> {
  const operations: PersistedOperation[] = [];
  for (const path of paths) {
    try {
      operations.push(...parseManifest(JSON.parse(await readFile(path, "utf8"))));
    } catch (error) {
      throw new Error(
        `PERSISTED_QUERIES_MANIFESTS: cannot use ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return operations;
}

main().catch(exitOnStartupError);
