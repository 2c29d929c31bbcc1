import { createSubgraphService, type SubgraphDependencies, type SubgraphService } from "@silta/kernel";
import { subgraphExportRoute } from "@silta/export";
import { createFitContext } from "./context";
import { createPrisma } from "./data/db";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";
import { fitDatasets } from "./export/fitDatasets";

/** Builds the fit subgraph; nothing runs until `start`. */
export function createFitSubgraph(deps: SubgraphDependencies): SubgraphService {
  const prisma = createPrisma(deps.database);
  return createSubgraphService({
    name: "fit",
    typeDefs,
    resolvers,
    deps,
    createContext: (scope) => createFitContext(scope, prisma, deps.settings),
    routes: [subgraphExportRoute("fit", fitDatasets, deps)],
    onStop: () => prisma.$disconnect(),
  });
}
