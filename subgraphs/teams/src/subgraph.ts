import { createSubgraphService, type SubgraphDependencies, type SubgraphService } from "@silta/kernel";
import { subgraphExportRoute } from "@silta/export";
import { createTeamsContext } from "./context";
import { createPrisma } from "./data/db";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";
import { teamsDatasets } from "./export/teamsDatasets";

/** Builds the teams subgraph; nothing runs until `start`. */
export function createTeamsSubgraph(deps: SubgraphDependencies): SubgraphService {
  const prisma = createPrisma(deps.database);
  return createSubgraphService({
    name: "teams",
    typeDefs,
    resolvers,
    deps,
    routes: [subgraphExportRoute("teams", teamsDatasets, deps)],
    createContext: (scope) => createTeamsContext(scope, prisma, deps.settings),
    onStop: () => prisma.$disconnect(),
  });
}
