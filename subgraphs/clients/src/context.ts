import type { RequestScope } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createClientsLoaders, type ClientsLoaders } from "./data/loaders";

export interface ClientsContext extends RequestScope {
  prisma: PrismaClient;
  loaders: ClientsLoaders;
}

export function createClientsContext(scope: RequestScope, prisma: PrismaClient): ClientsContext {
  return {
    ...scope,
    prisma,
    loaders: createClientsLoaders(prisma),
  };
}
