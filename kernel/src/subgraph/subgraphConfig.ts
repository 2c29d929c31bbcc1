import { z } from "zod";
import { configFields, loadConfig } from "../config";

/** The environment of one subgraph process in servers mode (and of its standalone development run). */
export function subgraphConfigSchema(defaultPort: number) {
  return z
    .object({
      NODE_ENV: configFields.nodeEnv,
      LOG_LEVEL: configFields.logLevel,
      HOST: z.string().default("127.0.0.1"),
      PORT: configFields.port(defaultPort),
      /** PostgreSQL server of this subgraph; without it the subgraph runs on embedded PGlite (refused in production). */
      DATABASE_URL: configFields.postgresUrl.optional(),
      DATABASE_SCHEMA: configFields.sqlIdentifier.default("public"),
      DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
      /**
       * PostgreSQL cancels a statement that runs longer (statement_timeout), answering SERVICE_UNAVAILABLE.
       * Keep it below the gateway's SUBGRAPH_TIMEOUT_MS (5000), so work stops when the caller stops waiting.
       */
      DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(3_000),
      /**
       * Longest a GraphQL request may keep the database working; the gateway's deadline header only shortens it.
       * Raise it together with the gateway's SUBGRAPH_TIMEOUT_MS.
       */
      REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
      /** Longest wait for a database connection before the request fails with SERVICE_UNAVAILABLE. */
      DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
      /** Redis for event delivery; without it events are delivered in process (refused in production). */
      REDIS_URL: configFields.redisUrl.optional(),
      /** An event a consumer took but never acknowledged (its replica died) is taken over after this many ms. */
      EVENTS_CLAIM_IDLE_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
      VIEWER_SIGNING_SECRET: configFields.signingSecret,
      SILTA_DATA_DIR: z.string().default(".silta"),
      /** Key of the keyed hash of identity codes; outside production a development key is kept in SILTA_DATA_DIR. */
      IDENTITY_CODE_HASH_KEY: configFields.signingSecret.optional(),
      /** The county's time zone: what "today" means for deadlines and consent validity. */
      SILTA_TIME_ZONE: z.string().default("Europe/Helsinki"),
      /**
       * The consents service's decision endpoint (`http://consents:4003/internal/access`): every access
       * decision of this subgraph is made and logged there, one call per request batch. Required in
       * production for every subgraph but consents itself, which decides in process.
       */
      CONSENTS_ACCESS_URL: z.url().optional(),
      /**
       * How long one access decision call may take before its batch is undecided (ACCESS_DECISION_UNAVAILABLE);
       * within a request never longer than its deadline leaves (docs/gateway.md, "The deadline chain").
       */
      CONSENTS_ACCESS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
      /**
       * Bearer token (≥ 16 characters) that `/metrics` requires; without it `/metrics` is open outside
       * production and not served in production. The gateway's own, or one of the subgraphs'.
       */
      METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
      /** Data lake destinations and their pseudonymisation keys, `name=key,…` (docs/data-lake-export.md). */
      SILTA_EXPORT_DESTINATION_KEYS: configFields.exportDestinations.optional(),
      /** Comma-separated organisation ids of the county (the controller); used by the interim access policy. */
      SILTA_CONTROLLER_ORGANIZATION_IDS: z
        .string()
        .default("")
        .transform((value) =>
          value
            .split(",")
            .map((id) => id.trim())
            .filter(Boolean),
        ),
    })
    .superRefine((config, context) => {
      if (config.NODE_ENV !== "production") return;
      if (!config.DATABASE_URL)
        context.addIssue({
          code: "custom",
          path: ["DATABASE_URL"],
          message: "is required in production (the embedded database is for development only)",
        });
      if (!config.REDIS_URL)
        context.addIssue({
          code: "custom",
          path: ["REDIS_URL"],
          message: "is required in production (in-process events are for development only)",
        });
    });
}

export type SubgraphConfig = z.infer<ReturnType<typeof subgraphConfigSchema>>;

export function loadSubgraphConfig(defaultPort: number, env: Record<string, string | undefined> = process.env): SubgraphConfig {
  return loadConfig(subgraphConfigSchema(defaultPort), env);
}
