import { PrismaClient } from "./prisma/client";
import type { Database } from "@silta/kernel";

export type { PrismaClient } from "./prisma/client";
export type * as Rows from "./prisma/models";

export function createPrisma(database: Database): PrismaClient {
  return new PrismaClient({ adapter: database.prismaAdapter });
}
