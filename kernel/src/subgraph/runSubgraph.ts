import { join } from "node:path";
import { foundationPolicy, loggerAccessLog, remoteAccessPolicy, type AccessPolicy } from "../access";
import { migrateOrVerify, openPglite, openPostgres, type Database } from "../db";
import { InProcessEventBus, OutboxRelay, RedisEventBus, type EventBus } from "../events";
import { createLogger } from "../log";
import { invokedAs, onShutdown } from "../process";
import { ServiceMetrics } from "../metrics";
import { createRedis } from "../redis";
import { developmentSecret } from "../settings";
import { viewerKey, type ViewerKey } from "../viewer";
import type { Logger } from "../log";
import type { SubgraphDependencies, SubgraphService } from "./createSubgraphService";
import { loadSubgraphConfig, type SubgraphConfig } from "./subgraphConfig";

/** What a subgraph package tells the runner about itself. */
export interface SubgraphModule {
  name: string;
  defaultPort: number;
  /** Absolute path of the subgraph's `prisma/migrations`. */
  migrationsDir: string;
  create(deps: SubgraphDependencies): SubgraphService;
}

/**
 * The body of every subgraph's `main.ts` in servers mode: reads the environment once, opens the
 * database (PostgreSQL, or PGlite outside production), applies migrations, starts the outbox relay
 * and the server, and closes everything on SIGINT/SIGTERM.
 */
export async function runSubgraph(module: SubgraphModule, env: Record<string, string | undefined> = process.env): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(
      `usage: ${invokedAs()}\n\nThe ${module.name} subgraph as its own service (servers mode), configured only by the environment:\nPORT (default ${module.defaultPort}), DATABASE_URL, DATABASE_SCHEMA, REDIS_URL, VIEWER_SIGNING_SECRET, … (README "Configuration", .env.example).`,
    );
    return;
  }
  const config = loadSubgraphConfig(module.defaultPort, env);
  const log = createLogger({ service: module.name, level: config.LOG_LEVEL });
  const key = viewerKey(config.VIEWER_SIGNING_SECRET);
  const metrics = new ServiceMetrics();
  const production = config.NODE_ENV === "production";
  if (production && !config.METRICS_TOKEN) log.warn("METRICS_TOKEN is not set: /metrics is not served (NODE_ENV=production)");
  // Before anything is opened: a production subgraph without its decision service must not start.
  const accessPolicy = accessPolicyOf(module.name, config, key, log, metrics);
  const database: Database = config.DATABASE_URL
    ? await openPostgres({
        url: config.DATABASE_URL,
        schema: config.DATABASE_SCHEMA,
        poolSize: config.DATABASE_POOL_SIZE,
        statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
        connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
      })
    : await openPglite({ dataDir: join(config.SILTA_DATA_DIR, module.name) });
  // As the application role of servers mode (no CREATE in its schema) it only checks that
  // `npm run db:migrate` applied everything; as an owner (development, PGlite) it applies them.
  const report = await migrateOrVerify(database.sql, database.schema, module.migrationsDir);
  log.info(
    { database: database.describe(), applied: report.applied, alreadyApplied: report.alreadyApplied },
    "migrations applied",
  );

  const redis = config.REDIS_URL ? createRedis(config.REDIS_URL, `silta-${module.name}`, log) : undefined;
  const bus: EventBus = redis ? new RedisEventBus(redis, { claimIdleMs: config.EVENTS_CLAIM_IDLE_MS }) : new InProcessEventBus();
  const relay = new OutboxRelay({ source: module.name, sql: database.sql, bus, log });
  relay.start();

  const service = module.create({
    database,
    viewerKey: key,
    log,
    accessPolicy,
    // With the consents service the log is written there, with the decision; this sink only
    // records the batches it could not decide (all denied), as audit lines.
    accessLog: loggerAccessLog(log),
    bus,
    settings: {
      identityCodeHashKey:
        config.IDENTITY_CODE_HASH_KEY ?? developmentSecret(join(config.SILTA_DATA_DIR, "identity-code-hash-key")),
      timeZone: config.SILTA_TIME_ZONE,
      requestDeadlineMs: config.REQUEST_DEADLINE_MS,
    },
    exportDestinations: config.SILTA_EXPORT_DESTINATION_KEYS,
    readiness: redis ? [{ name: "redis", check: async () => void (await redis.ping()) }] : [],
    metrics: { service: metrics, access: { token: config.METRICS_TOKEN, open: !production } },
  });
  const url = await service.start(config.PORT, config.HOST);
  log.info({ url }, `${module.name} subgraph ready`);

  onShutdown(log, async () => {
    await service.stop();
    await relay.stop();
    await bus.close();
    redis?.disconnect();
    await database.close();
  });
}

/**
 * Servers mode decides access in the consents service (CONSENTS_ACCESS_URL), which also writes the
 * durable access log. Without it, outside production, the interim foundation policy keeps a single
 * subgraph runnable on its own; production refuses to start without it (fail closed).
 */
function accessPolicyOf(
  name: string,
  config: SubgraphConfig,
  key: ViewerKey,
  log: Logger,
  metrics: ServiceMetrics,
): AccessPolicy {
  if (config.CONSENTS_ACCESS_URL)
    return remoteAccessPolicy({ url: config.CONSENTS_ACCESS_URL, key, timeoutMs: config.CONSENTS_ACCESS_TIMEOUT_MS, metrics });
  if (name !== "consents" && config.NODE_ENV === "production") {
    throw new Error("CONSENTS_ACCESS_URL is required in production: access decisions are made by the consents service.");
  }
  if (name !== "consents") log.warn("CONSENTS_ACCESS_URL is not set: using the interim foundation access policy");
  return foundationPolicy({ controllerOrganizationIds: new Set(config.SILTA_CONTROLLER_ORGANIZATION_IDS) });
}
