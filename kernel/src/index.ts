/**
 * The shared kernel: what a subgraph, the gateway or a script may use, and nothing else. Every name
 * is listed on purpose: a name another package needs is added here (and to publicSurface.json, which
 * scripts/test/publicSurface.test.ts holds this list to), never through `export *`.
 * Two groups have their own entry, so that a subgraph's resolvers do not see an HTTP front and the
 * gateway does not see resolver helpers: `@silta/kernel/http` (the HTTP front, router and body
 * helpers) and `@silta/kernel/idempotency` (retried writes). Test helpers live in testkit/ and
 * never ship. (docs/decisions/0011-one-registry-and-enforced-edges.md, "The kernel's surface".)
 */

// Configuration: one zod schema per process, every problem reported at once.
export { ConfigError, loadConfig, configFields, type ExportDestinations } from "./config";
export { developmentSecret } from "./settings";
export { LocalDate, todayIn } from "./time/localDate";

// Logs, errors, shutdown.
export { createLogger, type Logger } from "./log";
export {
  ErrorCode,
  SiltaError,
  badUserInput,
  conflict,
  forbidden,
  notFound,
  unauthenticated,
  maskError,
  stoppedForItsRequest,
} from "./errors";
export { exitOnStartupError, invokedAs, onShutdown } from "./process";
export { startProgress } from "./progress";

// The signed viewer and permissions.
export {
  VIEWER_HEADER,
  viewerKey,
  viewerSchema,
  signViewer,
  verifyViewer,
  isDecisionScope,
  hasScope,
  isPermitted,
  assertPermitted,
  type Viewer,
  type ViewerKey,
  type Permission,
} from "./viewer";

// Databases: PostgreSQL or embedded PGlite, the migrator, request deadlines.
export {
  openPostgres,
  openEmbeddedDatabase,
  openEmbeddedDatabases,
  embeddedDatabaseDir,
  legacyEmbeddedDatabaseDirs,
  migrate,
  migrateOrVerify,
  readMigrations,
  verifyMigrations,
  grantApplicationRole,
  grantAuditRole,
  readPooled,
  readPrepared,
  readPreparedOver,
  runWithDeadline,
  PLATFORM_MIGRATIONS_DIR,
  type Database,
  type EmbeddedDatabases,
  type Migration,
  type MigrationReport,
  type Sql,
  type TaggedStatement,
} from "./db";
export { createRedis, type Redis } from "./redis";

// Events: the outbox, the relay, the buses, exactly-once consumers.
export {
  recordEvent,
  recordEvents,
  changedFieldNames,
  streamOf,
  processOnce,
  subscribeGroup,
  contractHandler,
  InProcessEventBus,
  RedisEventBus,
  OutboxRelay,
  type DomainEvent,
  type NewEvent,
  type EventBus,
  type Subscription,
} from "./events";

// Access to client data: the guard, the policies, the access log.
export {
  DataCategory,
  ACCESS_LOG_CATEGORY,
  AccessGuard,
  noSuchRecord,
  foundationPolicy,
  remoteAccessPolicy,
  loggerAccessLog,
  accessLogEntry,
  signAccessServiceToken,
  verifyAccessServiceToken,
  MAX_VISIBLE_AMONG,
  MAX_VISIBLE_AMONG_CLIENTS,
  MAX_PAGE_READS_PER_ROW,
  ACCESS_CALL_REQUEST_ID,
  AccessServiceTokens,
  AccessServiceTokenVerifier,
  VISIBLE_CLIENTS_SUFFIX,
  DECISION_SCOPE_HEADER,
  pageReadsOfRow,
  signDecidedReads,
  DECIDED_READS_EXTENSION,
  MAX_RECEIPTS,
  MAX_RECEIPT_LENGTH,
  type DecidedRead,
  CONNECTION_NODES,
  type AccessAction,
  type AccessCategory,
  type AccessDecision,
  type AccessLogContext,
  type AccessLogEntry,
  type AccessLogSink,
  type AccessPolicy,
  type AccessRequest,
  type AccessServiceClaims,
  type ListField,
  type ListRow,
  type PageRead,
  type VisibleRows,
} from "./access";

// A subgraph: its server, its runner in servers mode, its configuration.
export {
  createSubgraphService,
  DEFAULT_REQUEST_DEADLINE_MS,
  type RequestScope,
  type SubgraphDependencies,
  type SubgraphService,
  type SubgraphSettings,
} from "./subgraph/createSubgraphService";
export { runSubgraph, type SubgraphModule } from "./subgraph/runSubgraph";
export { subgraphConfigSchema } from "./subgraph/subgraphConfig";
// Its metrics, served at `/metrics` behind the metrics token.
export { ServiceMetrics, collectProcessMetrics } from "./metrics";

// GraphQL: ids, scalars, cursors and pages, the SDL's input and client data rules, what a query selects, loaders.
export {
  assertUuid,
  DateScalar,
  DateTimeScalar,
  encodeCursor,
  decodeCursor,
  pageSize,
  standInId,
  filteredPage,
  edgeWithSealedCursor,
  unboundedInputs,
  clientDataRules,
  clientDataRuleOf,
  selectsOnly,
  selectsOnlyAt,
  alwaysSelects,
} from "./graphql";
export { loaderById, loaderGroupedBy } from "./data/loaders";
export { partialRowShape } from "./data/partialRow";
