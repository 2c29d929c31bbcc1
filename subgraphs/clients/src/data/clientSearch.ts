import type { PrismaClient } from "./db";
import { Prisma, type Client } from "./prisma/client";

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
  if (criteria.nameWords.length) return searchByName(prisma, criteria, after, size);
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

/**
 * Name search through the trigram indexes. The matches are gathered first (a MATERIALIZED CTE) and
 * only then ordered and cut: left to itself, the planner walks the name-ordered B-tree hoping to meet
 * `size` matches early, which reads most of the table when they sort late (100,000 clients: 101 ms
 * against 14 ms for "aino virtanen"). Returns the rows in search order.
 */
async function searchByName(
  prisma: PrismaClient,
  criteria: ClientSearchCriteria,
  after: SearchKey | null,
  size: number,
): Promise<Client[]> {
  const conditions = criteria.nameWords.map((word) => {
    const prefix = `${word.replace(/[\\%_]/g, "\\$&")}%`;
    return Prisma.sql`(first_name ILIKE ${prefix} OR last_name ILIKE ${prefix})`;
  });
  if (criteria.birthDate) conditions.push(Prisma.sql`birth_date = ${criteria.birthDate.toISOString().slice(0, 10)}::date`);
  if (criteria.identityCodeHash) conditions.push(Prisma.sql`identity_code_hash = ${criteria.identityCodeHash}`);
  if (after) conditions.push(Prisma.sql`(last_name, first_name, id) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`);
  const ids = await prisma.$queryRaw<{ id: string }[]>`
    WITH matches AS MATERIALIZED (
      SELECT id, last_name, first_name FROM client WHERE ${Prisma.join(conditions, " AND ")}
    )
    SELECT id FROM matches ORDER BY last_name, first_name, id LIMIT ${size}`;
  const rows = new Map(
    (await prisma.client.findMany({ where: { id: { in: ids.map((row) => row.id) } } })).map((row) => [row.id, row]),
  );
  return ids.map((row) => rows.get(row.id)).filter((row): row is Client => row !== undefined);
}
