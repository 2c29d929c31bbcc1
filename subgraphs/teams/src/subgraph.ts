import { createSubgraphService, type SubgraphDependencies, type SubgraphService, type Subscription } from "@silta/kernel";
import { subgraphExportRoute } from "@silta/export";
import { createTeamsContext } from "./context";
import { subscribeClientMerges } from "./data/clientMergeConsumer";
import { createPrisma } from "./data/db";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";
import { teamsDatasets } from "./export/teamsDatasets";

/** Builds the teams subgraph; nothing runs until `start`, which also subscribes to `client.merged`. */
export function createTeamsSubgraph(deps: SubgraphDependencies): SubgraphService {
  const prisma = createPrisma(deps.database);
  let merges: Subscription | undefined;
  const service = createSubgraphService({
    name: "teams",
    typeDefs,
    resolvers,
    deps,
    routes: [subgraphExportRoute("teams", teamsDatasets, deps)],
    createContext: (scope) => createTeamsContext(scope, prisma, deps.settings),
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
