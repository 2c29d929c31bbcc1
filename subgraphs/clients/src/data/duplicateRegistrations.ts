import type { PrismaClient } from "./db";
import type { Client } from "./prisma/client";

/**
 * Duplicate registrations waiting for a merge (not merged yet), oldest first: the records whose `duplicate_of` names a
 * client on record controlled by `controllerOrganizationId` (every one when null).
 */
export async function listDuplicateRegistrations(
  prisma: PrismaClient,
  controllerOrganizationId: string | null,
  take: number,
): Promise<Client[]> {
  return prisma.client.findMany({
    where: {
      duplicateOfId: { not: null },
      mergedIntoId: null,
      ...(controllerOrganizationId ? { duplicateOf: { controllerOrganizationId } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
  });
}
