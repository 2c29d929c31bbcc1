import type { RequestScope, SubgraphSettings } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createFitLoaders, type FitLoaders } from "./data/loaders";

export interface FitContext extends RequestScope {
  /** The stores' client: the model API for records, tagged `$queryRaw` for imports, derived values and reports. */
  prisma: PrismaClient;
  settings: SubgraphSettings;
  loaders: FitLoaders;
}

export function createFitContext(scope: RequestScope, prisma: PrismaClient, settings: SubgraphSettings): FitContext {
  return {
    ...scope,
    prisma,
    settings,
    loaders: createFitLoaders(prisma),
  };
}
