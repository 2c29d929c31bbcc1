import type { LocalDate } from "@silta/kernel";
import type { PrismaClient } from "./db";
import { Prisma } from "./prisma/client";

export interface ClientSearchCriteria {
  /** Lower-case words, each matching the start of the first or the last name. */
  nameWords: string[];
  birthDate: LocalDate | null;
  identityCodeHash: string | null;
}

/** Position after which a page starts: the sort key of the last row seen. */
export type SearchKey = [lastName: string, firstName: string, id: string];

/** One match of a search: its id and its sort key, nothing the page does not need to order it. */
export interface SearchHit {
  id: string;
  lastName: string;
  firstName: string;
}

/**
 * Up to `size` matches after `after`, ordered by last name, first name, id: ids and sort keys only,
 * in one statement. Visible or not: the caller narrows them (docs/decisions/0013) and loads only
 * the rows of its page.
 *
 * The matches are gathered first (a MATERIALIZED CTE, through the trigram indexes for names) and only
 * then ordered and cut: left to itself, the planner walks the name-ordered B-tree hoping to meet
 * `size` matches early, which reads most of the table when they sort late (100,000 clients: 101 ms
 * against 14 ms for "aino virtanen").
 */
export async function searchClients(
  prisma: PrismaClient,
  criteria: ClientSearchCriteria,
  after: SearchKey | null,
  size: number,
): Promise<SearchHit[]> {
  const conditions = criteria.nameWords.map((word) => {
    const prefix = `${word.replace(/[\\%_]/g, "\\$&")}%`;
    return Prisma.sql`(first_name ILIKE ${prefix} OR last_name ILIKE ${prefix})`;
  });
  if (criteria.birthDate) conditions.push(Prisma.sql`birth_date = ${criteria.birthDate}::date`);
  if (criteria.identityCodeHash) conditions.push(Prisma.sql`identity_code_hash = ${criteria.identityCodeHash}`);
  if (after) conditions.push(Prisma.sql`(last_name, first_name, id) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`);
  return prisma.$queryRaw<SearchHit[]>`
    WITH matches AS MATERIALIZED (
      SELECT id, last_name, first_name FROM client WHERE ${Prisma.join(conditions, " AND ")}
    )
    SELECT id::text AS id, last_name AS "lastName", first_name AS "firstName"
    FROM matches ORDER BY last_name, first_name, id LIMIT ${size}`;
}
