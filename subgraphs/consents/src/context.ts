import type { RequestScope } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createConsentsLoaders, type ConsentsLoaders } from "./data/loaders";

export interface ConsentsContext extends RequestScope {
  prisma: PrismaClient;
  loaders: ConsentsLoaders;
}

export function createConsentsContext(scope: RequestScope, prisma: PrismaClient): ConsentsContext {
  return {
    ...scope,
    prisma,
    loaders: createConsentsLoaders(prisma),
  };
}
