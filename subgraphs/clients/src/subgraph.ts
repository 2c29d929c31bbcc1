import { createSubgraphService, type SubgraphDependencies, type SubgraphService } from "@silta/kernel";
import { createClientsContext } from "./context";
import { createPrisma } from "./data/db";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";

/** Builds the clients subgraph; nothing runs until `start`. */
export function createClientsSubgraph(deps: SubgraphDependencies): SubgraphService {
  const prisma = createPrisma(deps.database);
  return createSubgraphService({
    name: "clients",
    typeDefs,
    resolvers,
    deps,
    createContext: (scope) => createClientsContext(scope, prisma),
    onStop: () => prisma.$disconnect(),
  });
}
