import { AccessGuard, type RequestScope, type SubgraphDependencies } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createConsentsLoaders, type ConsentsLoaders } from "./data/loaders";

export interface ConsentsContext extends RequestScope {
  prisma: PrismaClient;
  loaders: ConsentsLoaders;
  access: AccessGuard;
}

export function createConsentsContext(scope: RequestScope, prisma: PrismaClient, deps: SubgraphDependencies): ConsentsContext {
  return {
    ...scope,
    prisma,
    loaders: createConsentsLoaders(prisma),
    access: new AccessGuard({
      viewer: scope.viewer,
      policy: deps.accessPolicy,
      log: deps.accessLog,
      requestId: scope.requestId,
      source: "consents",
    }),
  };
}
