import { AccessGuard, type RequestScope, type SubgraphDependencies } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createClientsLoaders, type ClientsLoaders } from "./data/loaders";

export interface ClientsContext extends RequestScope {
  prisma: PrismaClient;
  loaders: ClientsLoaders;
  access: AccessGuard;
}

export function createClientsContext(scope: RequestScope, prisma: PrismaClient, deps: SubgraphDependencies): ClientsContext {
  return {
    ...scope,
    prisma,
    loaders: createClientsLoaders(prisma),
    access: new AccessGuard({
      viewer: scope.viewer,
      policy: deps.accessPolicy,
      log: deps.accessLog,
      requestId: scope.requestId,
      source: "clients",
    }),
  };
}
