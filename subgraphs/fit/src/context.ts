import { AccessGuard, type RequestScope, type SubgraphDependencies } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createFitLoaders, type FitLoaders } from "./data/loaders";

export interface FitContext extends RequestScope {
  prisma: PrismaClient;
  loaders: FitLoaders;
  access: AccessGuard;
}

export function createFitContext(scope: RequestScope, prisma: PrismaClient, deps: SubgraphDependencies): FitContext {
  return {
    ...scope,
    prisma,
    loaders: createFitLoaders(prisma),
    access: new AccessGuard({
      viewer: scope.viewer,
      policy: deps.accessPolicy,
      log: deps.accessLog,
      requestId: scope.requestId,
      source: "fit",
    }),
  };
}
