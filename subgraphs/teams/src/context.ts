import type { RequestScope } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createTeamsLoaders, type TeamsLoaders } from "./data/loaders";

export interface TeamsContext extends RequestScope {
  prisma: PrismaClient;
  loaders: TeamsLoaders;
}

export function createTeamsContext(scope: RequestScope, prisma: PrismaClient): TeamsContext {
  return {
    ...scope,
    prisma,
    loaders: createTeamsLoaders(prisma),
  };
}
