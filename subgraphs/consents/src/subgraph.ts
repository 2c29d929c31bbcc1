import { createSubgraphService, type SubgraphDependencies, type SubgraphService } from "@silta/kernel";
import { createConsentsContext } from "./context";
import { createPrisma } from "./data/db";
import { resolvers } from "./graphql/resolvers.generated";
import { typeDefs } from "./graphql/typeDefs.generated";

/** Builds the consents subgraph; nothing runs until `start`. */
export function createConsentsSubgraph(deps: SubgraphDependencies): SubgraphService {
  const prisma = createPrisma(deps.database);
  return createSubgraphService({
    name: "consents",
    typeDefs,
    resolvers,
    deps,
    createContext: (scope) => createConsentsContext(scope, prisma),
    onStop: () => prisma.$disconnect(),
  });
}
