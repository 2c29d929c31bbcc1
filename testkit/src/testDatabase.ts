import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate, openPostgres, type Database } from "@silta/kernel";
import { testDatabaseUrl } from "./testServices";

export interface TestDatabase {
  database: Database;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

/**
 * A fresh PostgreSQL schema with the subgraph's migrations applied, unique to the caller, so test
 * files run in parallel and in any order without truncating anything shared.
 */
export async function createTestDatabase(label: string, migrationsDir?: string): Promise<TestDatabase> {
  const schema = `t_${label.replace(/[^a-z0-9_]/g, "_")}_${randomBytes(5).toString("hex")}`;
  const database = await openPostgres({ url: testDatabaseUrl(), schema, poolSize: 4 });
  if (migrationsDir) await migrate(database.sql, migrationsDir);
  return {
    database,
    drop: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
