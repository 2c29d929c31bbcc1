import type { Sql } from "@silta/kernel";
import type { PrismaClient } from "./db";

type Raw = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/**
 * The kernel's `Sql` over Prisma's driver adapter, so the request path shares Prisma's pool (and
 * its statement counter in tests) while the stores keep writing plain, bulk-friendly SQL. Every
 * value the stores read is cast in SQL to text, float8, int or boolean, so Prisma hands back plain values.
 */
export function prismaSql(prisma: PrismaClient): Sql {
  const over = (client: Raw, transaction: Sql["transaction"]): Sql => ({
    query: <Row>(text: string, params: unknown[] = []) => client.$queryRawUnsafe<Row[]>(text, ...params),
    exec: async (script: string) => void (await client.$executeRawUnsafe(script)),
    transaction,
  });
  const root: Sql = over(prisma, (work) =>
    // Imports through GraphQL are small (1 MB), but derived values of whole episodes are recomputed: allow a minute.
    prisma.$transaction(
      (tx) => {
        // A transaction opened inside one joins it (PostgreSQL has no nested transactions).
        const inside: Sql = over(tx, (inner) => inner(inside));
        return work(inside);
      },
      { timeout: 60_000, maxWait: 10_000 },
    ),
  );
  return root;
}
