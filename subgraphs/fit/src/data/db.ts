import { Prisma, PrismaClient } from "./prisma/client";
import { readPreparedOver, type Database } from "@silta/kernel";

export { Prisma } from "./prisma/client";
export type { PrismaClient } from "./prisma/client";
export type * as Rows from "./prisma/models";

export function createPrisma(database: Database): PrismaClient {
  const prisma = new PrismaClient({ adapter: database.prismaAdapter });
  // Its hot reads (`readPrepared`) go over the pool directly in servers mode (ADR 0015).
  readPreparedOver(prisma, database);
  return prisma;
}

/**
 * What a store's statements run on: the client, or the interactive transaction it opened. A store
 * that must change several rows atomically takes the client and opens the transaction itself.
 */
export type FitDb = PrismaClient | Prisma.TransactionClient;

/**
 * Interactive transactions of the request path: a GraphQL import is small (1 MB), but the derived
 * values of whole episodes are recomputed, so a minute rather than Prisma's default 5 s.
 */
export const REQUEST_TRANSACTION = { timeout: 60_000, maxWait: 10_000 } as const;

/**
 * Interactive transactions of the import command and the seeds, which write a whole file or county
 * in one transaction: 100,000 measurements took 20–120 s on the shared machine (docs/benchmarks-fit.md),
 * so an hour leaves room for files many times that size without letting a stuck one hold locks for ever.
 */
export const BULK_TRANSACTION = { timeout: 3_600_000, maxWait: 60_000 } as const;

/** Options of an interactive transaction (`prisma.$transaction(work, options)`). */
export type TransactionOptions = { timeout: number; maxWait: number };
