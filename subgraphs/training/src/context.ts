import { LocalDate, todayIn, type RequestScope } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createTrainingLoaders, type TrainingLoaders } from "./data/loaders";

/** Training records are staff data, not client data: nothing here goes through the access guard. */
export interface TrainingContext extends RequestScope {
  prisma: PrismaClient;
  loaders: TrainingLoaders;
  /** Today in the county's time zone (YYYY-MM-DD). */
  today: () => LocalDate;
}

export function createTrainingContext(scope: RequestScope, prisma: PrismaClient, timeZone: string): TrainingContext {
  return {
    ...scope,
    prisma,
    loaders: createTrainingLoaders(prisma),
    today: () => todayIn(timeZone),
  };
}
