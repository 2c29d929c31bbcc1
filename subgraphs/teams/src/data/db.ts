import { PrismaClient } from "./prisma/client";
import { readPreparedOver, type Database } from "@silta/kernel";

export type { PrismaClient } from "./prisma/client";
export type * as Rows from "./prisma/models";

export function createPrisma(database: Database): PrismaClient {
  const prisma = new PrismaClient({ adapter: database.prismaAdapter });
  // Its hot reads (`readPrepared`) go over the pool directly in servers mode (ADR 0015).
  readPreparedOver(prisma, database);
  return prisma;
}
