import { AccessGuard, type RequestScope, type SubgraphDependencies } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createTrainingLoaders, type TrainingLoaders } from "./data/loaders";

export interface TrainingContext extends RequestScope {
  prisma: PrismaClient;
  loaders: TrainingLoaders;
  /** Training holds no client data today; the guard is here so that any future client field goes through it. */
  access: AccessGuard;
}

export function createTrainingContext(scope: RequestScope, prisma: PrismaClient, deps: SubgraphDependencies): TrainingContext {
  return {
    ...scope,
    prisma,
    loaders: createTrainingLoaders(prisma),
    access: new AccessGuard({
      viewer: scope.viewer,
      policy: deps.accessPolicy,
      log: deps.accessLog,
      requestId: scope.requestId,
      source: "training",
    }),
  };
}
