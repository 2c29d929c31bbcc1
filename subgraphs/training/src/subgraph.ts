import { createSubgraphService, type SubgraphDependencies, type SubgraphService } from "@silta/kernel";
import { createTrainingContext } from "./context";
import { createPrisma } from "./data/db";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";

/** Builds the training subgraph; nothing runs until `start`. */
export function createTrainingSubgraph(deps: SubgraphDependencies): SubgraphService {
  const prisma = createPrisma(deps.database);
  return createSubgraphService({
    name: "training",
    typeDefs,
    resolvers,
    deps,
    createContext: (scope) => createTrainingContext(scope, prisma),
    onStop: () => prisma.$disconnect(),
  });
}
