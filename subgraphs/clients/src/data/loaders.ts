import { loaderById } from "@silta/kernel";
import type { PrismaClient } from "./db";

/**
 * Per-request loaders: every client reference is fetched with one `IN` query per request, however
 * many the gateway asks for.
 */
export function createClientsLoaders(prisma: PrismaClient) {
  return {
    client: loaderById((ids) => prisma.client.findMany({ where: { id: { in: ids } } })),
  };
}
export type ClientsLoaders = ReturnType<typeof createClientsLoaders>;
