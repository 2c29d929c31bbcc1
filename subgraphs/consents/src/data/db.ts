import { PrismaClient, type Prisma } from "./prisma/client";
import type { Database } from "@silta/kernel";

export type { PrismaClient } from "./prisma/client";
export type * as Rows from "./prisma/models";

/**
 * What a set-based statement runs on: the client, or the transaction it is part of (the access log,
 * its seals and the projection take either, ADR 0015).
 */
export type ConsentsDb = PrismaClient | Prisma.TransactionClient;

export function createPrisma(database: Database): PrismaClient {
  const prisma = new PrismaClient({ adapter: database.prismaAdapter });
  databases.set(prisma, database);
  return prisma;
}

/** The database each client was made for: the access log's append runs on its kernel `Sql` (ADR 0015's named exception). */
const databases = new WeakMap<PrismaClient, Database>();

/**
 * The kernel `Sql` of the database `prisma` was made for by {@link createPrisma}, for the access
 * log's append (accessLogStore.ts) and nothing else; undefined for a client made any other way.
 */
export function appendSqlOf(prisma: ConsentsDb): Database["sql"] | undefined {
  return databases.get(prisma as PrismaClient)?.sql;
}
