import type { RequestScope, Sql, SubgraphSettings } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createFitLoaders, type FitLoaders } from "./data/loaders";
import { prismaSql } from "./data/prismaSql";

export interface FitContext extends RequestScope {
  prisma: PrismaClient;
  /** Raw SQL for the stores that write in bulk or aggregate (imports, derived values, reports). */
  sql: Sql;
  settings: SubgraphSettings;
  loaders: FitLoaders;
}

export function createFitContext(scope: RequestScope, prisma: PrismaClient, settings: SubgraphSettings): FitContext {
  const sql = prismaSql(prisma);
  return {
    ...scope,
    prisma,
    sql,
    settings,
    loaders: createFitLoaders(prisma, sql),
  };
}
