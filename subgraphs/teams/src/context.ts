import { LocalDate, todayIn, type RequestScope, type SubgraphSettings } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createTeamsLoaders, type TeamsLoaders } from "./data/loaders";

export interface TeamsContext extends RequestScope {
  prisma: PrismaClient;
  loaders: TeamsLoaders;
  /** The county's calendar day of this request (YYYY-MM-DD): what "current" and "future" mean. */
  today: LocalDate;
  /** The county's IANA time zone, in which a scheduled meeting's start falls on a calendar day. */
  timeZone: string;
}

export function createTeamsContext(scope: RequestScope, prisma: PrismaClient, settings: SubgraphSettings): TeamsContext {
  const today = todayIn(settings.timeZone);
  return {
    ...scope,
    prisma,
    today,
    timeZone: settings.timeZone,
    loaders: createTeamsLoaders(prisma, today),
  };
}
