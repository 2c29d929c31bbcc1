import type { PrismaClient } from "./db";
import type { Client, Prisma } from "./prisma/client";

export interface ClientSearchCriteria {
  /** Lower-case words, each matching the start of the first or the last name. */
  nameWords: string[];
  birthDate: Date | null;
  identityCodeHash: string | null;
}

/** Position after which a page starts: the sort key of the last row seen. */
export type SearchKey = [lastName: string, firstName: string, id: string];

/**
 * Up to `size` matches after `after`, ordered by last name, first name, id (keyset pagination on
 * the `client_last_name_first_name_id_idx` index). Visible or not: the caller filters.
 */
export async function searchClients(
  prisma: PrismaClient,
  criteria: ClientSearchCriteria,
  after: SearchKey | null,
  size: number,
): Promise<Client[]> {
  const where: Prisma.ClientWhereInput[] = criteria.nameWords.map((word) => ({
    OR: [{ firstName: { startsWith: word, mode: "insensitive" } }, { lastName: { startsWith: word, mode: "insensitive" } }],
  }));
  if (criteria.birthDate) where.push({ birthDate: criteria.birthDate });
  if (criteria.identityCodeHash) where.push({ identityCodeHash: criteria.identityCodeHash });
  if (after) {
    const [lastName, firstName, id] = after;
    where.push({
      OR: [{ lastName: { gt: lastName } }, { lastName, firstName: { gt: firstName } }, { lastName, firstName, id: { gt: id } }],
    });
  }
  return prisma.client.findMany({
    where: { AND: where },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: size,
  });
}
