import { createSubgraphService, type SubgraphDependencies, type SubgraphService, type Subscription } from "@silta/kernel";
import { subgraphExportRoute } from "@silta/export";
import { createTrainingContext } from "./context";
import { createPrisma } from "./data/db";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";
import { trainingDatasets } from "./export/trainingDatasets";
import { subscribeProjections } from "./projection/subscribeProjections";

/** Builds the training subgraph; nothing runs until `start`, which also subscribes the projections. */
export function createTrainingSubgraph(deps: SubgraphDependencies): SubgraphService {
  const prisma = createPrisma(deps.database);
  let projections: Subscription | undefined;
  const service = createSubgraphService({
    name: "training",
    typeDefs,
    resolvers,
    deps,
    routes: [subgraphExportRoute("training", trainingDatasets, deps)],
    createContext: (scope) => createTrainingContext(scope, prisma, deps.settings.timeZone),
    onStop: async () => {
      await projections?.stop();
      await prisma.$disconnect();
    },
  });
  return {
    name: service.name,
    http: service.http,
    async start(port, host) {
      projections = await subscribeProjections(deps.bus, prisma, deps.log);
      return service.start(port, host);
    },
    stop: () => service.stop(),
  };
}
