import type { RequestScope } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createFitLoaders, type FitLoaders } from "./data/loaders";

export interface FitContext extends RequestScope {
  prisma: PrismaClient;
  loaders: FitLoaders;
}

export function createFitContext(scope: RequestScope, prisma: PrismaClient): FitContext {
  return {
    ...scope,
    prisma,
    loaders: createFitLoaders(prisma),
  };
}
