import { createSubgraphService, type SubgraphDependencies, type SubgraphService, type Subscription } from "@silta/kernel";
import { subgraphExportRoute } from "@silta/export";
import { createClientsContext, type ClientsServices } from "./context";
import { createPrisma } from "./data/db";
import { subscribeResponsibleWorkers } from "./data/responsibleWorkerProjection";
import { DeadlineRules } from "./domain/deadlineRules";
import { identityCodeCipher } from "./domain/identityCodeCipher";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";
import { clientsDatasets } from "./export/clientsDatasets";

export interface ClientsOptions {
  /** Reaction deadline rules of concerns. Default: `config/deadlineRules.json` of this subgraph. */
  deadlineRules?: DeadlineRules;
}

/** Builds the clients subgraph; nothing runs until `start`, which also starts the responsible-worker projection. */
export function createClientsSubgraph(deps: SubgraphDependencies, options: ClientsOptions = {}): SubgraphService {
  const prisma = createPrisma(deps.database);
  const services: ClientsServices = {
    prisma,
    identityCodeHashKey: deps.settings.identityCodeHashKey,
    cipher: identityCodeCipher(deps.settings.identityCodeHashKey),
    deadlineRules: options.deadlineRules ?? DeadlineRules.load(),
    timeZone: deps.settings.timeZone,
    accessPolicy: deps.accessPolicy,
    accessLog: deps.accessLog,
  };
  let projection: Subscription | undefined;
  const service = createSubgraphService({
    name: "clients",
    typeDefs,
    resolvers,
    deps,
    routes: [subgraphExportRoute("clients", clientsDatasets, deps)],
    createContext: (scope) => createClientsContext(scope, services),
    onStop: async () => {
      await projection?.stop();
      await prisma.$disconnect();
    },
  });
  return {
    name: service.name,
    http: service.http,
    async start(port, host) {
      projection = await subscribeResponsibleWorkers(deps.bus, prisma, deps.log);
      return service.start(port, host);
    },
    stop: () => service.stop(),
  };
}
