import { createSubgraphService, type SubgraphDependencies, type SubgraphService, type Subscription } from "@silta/kernel";
import { subgraphExportRoute } from "@silta/export";
import { createFitContext } from "./context";
import { subscribeClientMerges } from "./data/clientMergeConsumer";
import { createPrisma } from "./data/db";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";
import { fitDatasets } from "./export/fitDatasets";

/** Builds the fit subgraph; nothing runs until `start`, which also subscribes to `client.merged`. */
export function createFitSubgraph(deps: SubgraphDependencies): SubgraphService {
  const prisma = createPrisma(deps.database);
  let merges: Subscription | undefined;
  const service = createSubgraphService({
    name: "fit",
    typeDefs,
    resolvers,
    deps,
    createContext: (scope) => createFitContext(scope, prisma, deps.settings),
    routes: [subgraphExportRoute("fit", fitDatasets, deps)],
    onStop: async () => {
      await merges?.stop();
      await prisma.$disconnect();
    },
  });
  return {
    name: service.name,
    http: service.http,
    async start(port, host) {
      merges = await subscribeClientMerges(deps.bus, prisma, deps.log);
      return service.start(port, host);
    },
    stop: () => service.stop(),
  };
}
