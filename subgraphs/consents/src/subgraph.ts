import {
  AccessServiceTokenVerifier,
  createSubgraphService,
  DEFAULT_REQUEST_DEADLINE_MS,
  type SubgraphDependencies,
  type SubgraphService,
  type Subscription,
} from "@silta/kernel";
import { subgraphExportRoute } from "@silta/export";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ACCESS_ENDPOINT_PATH, handleAccessCall } from "./access/accessEndpoint";
import { handleVisibleClientsCall, VISIBLE_CLIENTS_PATH } from "./access/visibleClientsEndpoint";
import { Registry } from "prom-client";
import { AccessMetrics } from "./access/accessMetrics";
import { AccessService } from "./access/AccessService";
import { startAccessLogSealer, type AccessLogSealer } from "./access/accessLogSealer";
import { createConsentsContext } from "./context";
import { createPrisma } from "./data/db";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";
import { consentsDatasets } from "./export/consentsDatasets";
import { startAccessProjection } from "./projection/startAccessProjection";

/**
 * Builds the consents subgraph; nothing runs until `start`. It decides access for itself with its own
 * AccessService whatever policy it is handed (it owns the data the decisions are made from), serves
 * the other subgraphs' decision batches at `POST /internal/access` (and `/internal/access/visible`), and on start subscribes the
 * access projection to the teams and clients events and starts the access log's sealer (every
 * ACCESS_LOG_SEAL_INTERVAL_MS, default 500 ms; replicas take turns under the sealer's lock).
 */
export function createConsentsSubgraph(deps: SubgraphDependencies): SubgraphService {
  const prisma = createPrisma(deps.database);
  // Counted in the process's registry, served at /metrics (servers mode); embedded, in one of its own that no one reads.
  const metrics = new AccessMetrics(deps.metrics?.service.registry ?? new Registry());
  const accessService = new AccessService({ prisma, timeZone: deps.settings.timeZone, receiptKey: deps.viewerKey, metrics });
  const verifier = new AccessServiceTokenVerifier(deps.viewerKey);
  /** An internal endpoint of the other subgraphs, under their service token and deadline. */
  const internalRoute =
    (handle: typeof handleAccessCall) =>
    (request: IncomingMessage, response: ServerResponse): Promise<void> =>
      handle(request, response, {
        service: accessService,
        verifier,
        log: deps.log,
        // The same maximum as its GraphQL requests (REQUEST_DEADLINE_MS): a caller's header only shortens it.
        maxDeadlineMs: deps.settings.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS,
      }).catch((error: unknown) => {
        // The calling subgraph reads any failure as "decision unavailable"; a bare 500 says no more.
        deps.log.error({ err: error }, "access endpoint failed");
        if (!response.headersSent) {
          response.statusCode = 500;
          response.end();
        }
      });
  const service = createSubgraphService({
    name: "consents",
    typeDefs,
    resolvers,
    deps: { ...deps, accessPolicy: accessService.policy() },
    routes: [subgraphExportRoute("consents", consentsDatasets, deps)],
    paths: {
      [ACCESS_ENDPOINT_PATH]: internalRoute(handleAccessCall),
      [VISIBLE_CLIENTS_PATH]: internalRoute(handleVisibleClientsCall),
    },
    createContext: (scope) => createConsentsContext(scope, { prisma, accessService, timeZone: deps.settings.timeZone }),
    onStop: () => prisma.$disconnect(),
  });

  let projection: Subscription | undefined;
  let sealer: AccessLogSealer | undefined;
  return {
    name: service.name,
    http: service.http,
    async start(port, host) {
      projection = await startAccessProjection({ bus: deps.bus, prisma, log: deps.log });
      sealer = startAccessLogSealer({ prisma, log: deps.log, intervalMs: sealIntervalMs(), metrics });
      return service.start(port, host);
    },
    async stop() {
      await projection?.stop();
      await service.stop();
      // After the last request: what they logged is sealed before the database closes.
      await sealer?.stop();
    },
  };
}

function sealIntervalMs(): number | undefined {
  const text = process.env["ACCESS_LOG_SEAL_INTERVAL_MS"];
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 10)
    throw new Error(`ACCESS_LOG_SEAL_INTERVAL_MS must be a whole number ≥ 10, got ${text}`);
  return value;
}
