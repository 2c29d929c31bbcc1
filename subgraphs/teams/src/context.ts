import { AccessGuard, type RequestScope, type SubgraphDependencies } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createTeamsLoaders, type TeamsLoaders } from "./data/loaders";

export interface TeamsContext extends RequestScope {
  prisma: PrismaClient;
  loaders: TeamsLoaders;
  access: AccessGuard;
}

export function createTeamsContext(scope: RequestScope, prisma: PrismaClient, deps: SubgraphDependencies): TeamsContext {
  return {
    ...scope,
    prisma,
    loaders: createTeamsLoaders(prisma),
    access: new AccessGuard({
      viewer: scope.viewer,
      policy: deps.accessPolicy,
      log: deps.accessLog,
      requestId: scope.requestId,
      source: "teams",
    }),
  };
}
