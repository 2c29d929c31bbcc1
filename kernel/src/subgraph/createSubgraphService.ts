import type { IncomingMessage } from "node:http";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import type { DocumentNode } from "graphql";
import type { Database } from "../db";
import type { EventBus } from "../events";
import { maskError } from "../errors";
import { enforceClientDataRules, enforceInputRules } from "../graphql";
import {
  createHttpService,
  internalOnly,
  metricsRoute,
  type HttpRoute,
  type HttpService,
  type InternalAccess,
  type ReadinessCheck,
  type RouteHandler,
} from "../http";
import type { ServiceMetrics } from "../metrics";
import type { Logger } from "../log";
import { VIEWER_HEADER, verifySignedViewer, type Viewer, type ViewerKey } from "../viewer";
import { AccessGuard, type AccessLogSink, type AccessPolicy } from "../access";
import { followUpReadsOf } from "../access/followUpReads";
import { DECIDED_READS_EXTENSION } from "../access/decidedReads";
import { IDEMPOTENCY_KEY_HEADER, parseIdempotencyKey } from "../idempotency/idempotencyKey";
import { requestErrorsPlugin } from "./requestErrorsPlugin";
import { cursorSeal, type CursorSeal } from "../graphql";
import type { ExportDestinations } from "../config";

/** What every subgraph's context starts from; each subgraph adds its Prisma Client and loaders. */
export interface RequestScope {
  viewer: Viewer;
  requestId: string;
  log: Logger;
  /** The request's one door to client data: batched decisions, logged before data is returned. */
  access: AccessGuard;
  /** The request's Idempotency-Key header, for mutations wrapped in `idempotentMutation`. */
  idempotencyKey?: string;
  /** Seals and opens the cursors of lists of client data, bound to this viewer (docs/access.md). */
  cursors: CursorSeal;
}

export interface SubgraphServiceOptions<Context extends RequestScope> {
  /** The subgraph's name: also the audience its signed viewer must carry. */
  name: string;
  typeDefs: DocumentNode;
  /** The generated resolver map (`resolvers.generated.ts`); its own types already tie it to the SDL. */
  resolvers: object;
  deps: SubgraphDependencies;
  /** Introspection for tools; always off in production. Default: on outside production. */
  introspection?: boolean;
  createContext(scope: RequestScope): Context | Promise<Context>;
  /**
   * The subgraph's own routes by path prefix, tried when no exact path matched: the data lake export's
   * `/export/` (`subgraphExportRoute` of `@silta/export`, docs/data-lake-export.md). Default none.
   */
  routes?: readonly HttpRoute[];
  /** The subgraph's own routes by exact path, beside GraphQL and health (consents' `/internal/access`). Default none. */
  paths?: Record<string, RouteHandler>;
  /** Closes what the subgraph itself opened (its Prisma Client), after the server stopped. */
  onStop?: () => Promise<void>;
}

export interface SubgraphService {
  readonly name: string;
  readonly http: HttpService;
  /** Starts Apollo and listens; resolves to the GraphQL URL. Port 0 picks a free port. */
  start(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * One Apollo subgraph behind Silta's HTTP front: requests without a valid gateway-signed viewer
 * are refused with 401 before any resolver runs.
 */
export function createSubgraphService<Context extends RequestScope>(options: SubgraphServiceOptions<Context>): SubgraphService {
  const { database, viewerKey, log, accessPolicy, accessLog, readiness = [] } = options.deps;
  const apollo = new ApolloServer<Context>({
    // Every argument is checked against the SDL's rules before its resolver runs (enforceInputRules),
    // and every field declared `@clientData` decides the viewer's basis first (enforceClientDataRules).
    schema: enforceInputRules(
      enforceClientDataRules(
        buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> }),
      ),
    ),
    introspection: options.introspection ?? process.env["NODE_ENV"] !== "production",
    includeStacktraceInErrorResponses: false,
    // The composition root owns shutdown (onShutdown); Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskError(formatted, error),
    // No inline traces: they are for Apollo's hosted studio, which Silta does not report to.
    // No landing page: Apollo's loads Apollo Sandbox from Apollo's CDN with telemetry on, and a
    // subgraph answers only the gateway anyway (the IDE is the gateway's, at /ide).
    plugins: [
      requestErrorsPlugin<Context>(log),
      ApolloServerPluginInlineTraceDisabled(),
      // No field carries a cache hint, so every answer is uncacheable (the gateway reads a missing
      // Cache-Control as max-age 0): the plugin only cost a hook per resolved field (79 clients × fields).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      {
        async requestDidStart({ request, contextValue }) {
          // What the gateway says the rest of the plan reads of the clients this request answers, and
          // the receipts of reads its earlier fetches had decided and logged.
          contextValue.access.expectFollowUpReads(followUpReadsOf(request.extensions));
          contextValue.access.acceptDecidedReads(request.extensions?.[DECIDED_READS_EXTENSION]);
          return {
            // The receipts this request's lists were given, for the gateway to carry to its later fetches.
            async willSendResponse({ response, contextValue: context }) {
              const receipts = context.access.receiptsForLaterFetches();
              if (receipts.length === 0 || response.body.kind !== "single") return;
              const result = response.body.singleResult;
              result.extensions = { ...result.extensions, [DECIDED_READS_EXTENSION]: receipts };
            },
          };
        },
      },
    ],
  });
  const http = createHttpService<Context>({
    apollo,
    log: log,
    routes: options.routes,
    paths: {
      ...options.paths,
      ...(options.deps.metrics
        ? { "/metrics": internalOnly(options.deps.metrics.access, metricsRoute(options.deps.metrics.service.registry)) }
        : {}),
    },
    requestDeadlineMs: options.deps.settings.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS,
    readiness: [{ name: "database", check: async () => void (await database.sql.query("SELECT 1")) }, ...readiness],
    context: async (request: IncomingMessage, requestId: string) => {
      const { viewer, scope } = await verifySignedViewer(headerOf(request, VIEWER_HEADER), viewerKey, options.name);
      const access = new AccessGuard({
        viewer,
        policy: accessPolicy,
        log: accessLog,
        requestId,
        source: options.name,
        scope,
        receiptKey: viewerKey,
      });
      const idempotencyKey = parseIdempotencyKey(headerOf(request, IDEMPOTENCY_KEY_HEADER));
      const cursors = cursorSeal(viewerKey.secret, JSON.stringify([viewer.kind, viewer.id, viewer.organizationId ?? null]));
      return options.createContext({ viewer, requestId, log: log.child({ requestId }), access, idempotencyKey, cursors });
    },
  });
  return {
    name: options.name,
    http,
    async start(port, host) {
      await apollo.start();
      return http.listen(port, host);
    },
    async stop() {
      await http.close();
      await apollo.stop();
      await options.onStop?.();
    },
  };
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** What the composition root hands every subgraph factory. */
export interface SubgraphDependencies {
  database: Database;
  viewerKey: ViewerKey;
  log: Logger;
  accessPolicy: AccessPolicy;
  accessLog: AccessLogSink;
  /** Where events go and where consumers subscribe (Redis Streams, or in process when embedded). */
  bus: EventBus;
  settings: SubgraphSettings;
  readiness?: ReadinessCheck[];
  /**
   * Data lake destinations and their pseudonymisation keys (`SILTA_EXPORT_DESTINATION_KEYS`), for the
   * export route of `@silta/export`; without them no export is served. Default none.
   */
  exportDestinations?: ExportDestinations;
  /**
   * This process's metrics (servers mode), served at `/metrics` to whom `access` lets in: the metrics
   * token, or anyone outside production without one. Without them `/metrics` is not served.
   */
  metrics?: { service: ServiceMetrics; access: InternalAccess };
}

/** Settings every subgraph may need, parsed once by the composition root. */
export interface SubgraphSettings {
  /**
   * Key of the keyed hash (HMAC-SHA256) of identity codes: look-up by code without storing it in
   * clear. The same key must be used by every replica, and rotating it means re-hashing.
   */
  identityCodeHashKey: string;
  /** IANA time zone of the county: what "today" means for deadlines and consent validity. */
  timeZone: string;
  /**
   * Longest a GraphQL request may keep this subgraph's database working, in ms; the gateway's
   * `x-silta-deadline-ms` shortens it to what the gateway will still wait (docs/gateway.md, "The
   * deadline chain"). Default {@link DEFAULT_REQUEST_DEADLINE_MS}.
   */
  requestDeadlineMs?: number;
}

/** The gateway's default subgraph timeout: a request gets no longer than the gateway would wait for it. */
export const DEFAULT_REQUEST_DEADLINE_MS = 5_000;
