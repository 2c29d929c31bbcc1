import type { RequestScope } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createTrainingLoaders, type TrainingLoaders } from "./data/loaders";

export interface TrainingContext extends RequestScope {
  prisma: PrismaClient;
  loaders: TrainingLoaders;
  /** Training holds no client data today; the guard is here so that any future client field goes through it. */
}

export function createTrainingContext(scope: RequestScope, prisma: PrismaClient): TrainingContext {
  return {
    ...scope,
    prisma,
    loaders: createTrainingLoaders(prisma),
  };
}
