import { todayIn, type RequestScope, type SubgraphSettings } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createTeamsLoaders, type TeamsLoaders } from "./data/loaders";

export interface TeamsContext extends RequestScope {
  prisma: PrismaClient;
  loaders: TeamsLoaders;
  /** The county's calendar day of this request (YYYY-MM-DD): what "current" and "future" mean. */
  today: string;
}

export function createTeamsContext(scope: RequestScope, prisma: PrismaClient, settings: SubgraphSettings): TeamsContext {
  const today = todayIn(settings.timeZone);
  return {
    ...scope,
    prisma,
    today,
    loaders: createTeamsLoaders(prisma, today),
  };
}
