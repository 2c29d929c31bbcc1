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
  return new PrismaClient({ adapter: database.prismaAdapter });
}
