import { AccessGuard, LocalDate, todayIn, type AccessLogSink, type AccessPolicy, type RequestScope } from "@silta/kernel";
import type { PrismaClient } from "./data/db";
import { createClientsLoaders, type ClientsLoaders } from "./data/loaders";
import type { DeadlineRules } from "./domain/deadlineRules";
import type { IdentityCodeCipher } from "./domain/identityCodeCipher";

/** What the subgraph holds for all requests. */
export interface ClientsServices {
  prisma: PrismaClient;
  identityCodeHashKey: string;
  cipher: IdentityCodeCipher;
  deadlineRules: DeadlineRules;
  timeZone: string;
  accessPolicy: AccessPolicy;
  accessLog: AccessLogSink;
}

export interface ClientsContext extends RequestScope {
  prisma: PrismaClient;
  loaders: ClientsLoaders;
  services: ClientsServices;
  /** The county's "today" (a Finnish day) when the request started. */
  today: LocalDate;
  /** `today` as its UTC midnight in milliseconds, as a `@db.Date` column's day is read: for day counts. */
  todayMs: number;
  /**
   * A second guard whose entries note that an identity code was shown in full: the unmasked code
   * is logged as its own access, apart from the ordinary `basic` read of the same client.
   */
  unmaskedIdentityCodeAccess: AccessGuard;
}

export function createClientsContext(scope: RequestScope, services: ClientsServices): ClientsContext {
  const today = todayIn(services.timeZone);
  const { viewer } = scope;
  return {
    ...scope,
    prisma: services.prisma,
    loaders: createClientsLoaders(services.prisma, today),
    services,
    today,
    todayMs: LocalDate.toDb(today).getTime(),
    unmaskedIdentityCodeAccess: new AccessGuard({
      viewer: { ...viewer, purpose: `${viewer.purpose ?? "no purpose stated"} [identity code shown unmasked]` },
      policy: services.accessPolicy,
      log: services.accessLog,
      requestId: scope.requestId,
      source: "clients",
    }),
  };
}
