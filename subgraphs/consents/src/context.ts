import { LocalDate, type RequestScope, todayIn } from "@silta/kernel";
import type { AccessService } from "./access/AccessService";
import type { PrismaClient } from "./data/db";
import { createConsentsLoaders, type ConsentsLoaders } from "./data/loaders";

/** What the consents subgraph's resolvers get beyond the request scope. */
export interface ConsentsServices {
  prisma: PrismaClient;
  accessService: AccessService;
  timeZone: string;
}

export interface ConsentsContext extends RequestScope, ConsentsServices {
  loaders: ConsentsLoaders;
  /** Today in the county (a Finnish calendar day). */
  today(): LocalDate;
}

export function createConsentsContext(scope: RequestScope, services: ConsentsServices): ConsentsContext {
  return {
    ...scope,
    ...services,
    loaders: createConsentsLoaders(services.prisma),
    today: () => todayIn(services.timeZone),
  };
}
