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
    database: deps.database,
    viewerKey: deps.viewerKey,
    log: deps.log,
    readiness: deps.readiness,
    createContext: (scope) => createClientsContext(scope, prisma, deps),
    onStop: () => prisma.$disconnect(),
  });
}
