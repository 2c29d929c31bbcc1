import { loaderGroupedBy } from "@silta/kernel";
import type { PrismaClient } from "./db";

/** Per-request loaders: the consents (and bans) of every client in the request come from one `IN` query. */
export function createConsentsLoaders(prisma: PrismaClient) {
  return {
    consentsOfClient: loaderGroupedBy(
      (clientIds) =>
        prisma.consent.findMany({ where: { clientId: { in: clientIds } }, orderBy: [{ givenAt: "desc" }, { id: "asc" }] }),
      (consent) => consent.clientId,
    ),
    bansOfClient: loaderGroupedBy(
      (clientIds) =>
        prisma.ban.findMany({ where: { clientId: { in: clientIds } }, orderBy: [{ givenAt: "desc" }, { id: "asc" }] }),
      (ban) => ban.clientId,
    ),
  };
}
export type ConsentsLoaders = ReturnType<typeof createConsentsLoaders>;
