/**
 * Run by nameSearchIndex.int.test.ts in a child process (PGlite loads its extensions with a dynamic
 * import, which Jest's module system cannot do): opens an in-memory PGlite as the embedded hub
 * does (the clients schema of its one database), applies the clients migrations and prints the plan
 * of a name search.
 */
import { migrate, openEmbeddedDatabases } from "@silta/kernel";
import { clientsSubgraph } from "../src";
import { NAME_SEARCH_PLAN_SETUP, NAME_SEARCH_EXPLAIN } from "./nameSearchPlan";

async function main() {
  const database = await (await openEmbeddedDatabases({ dataDir: null })).schema(clientsSubgraph.name);
  try {
    await migrate(database.sql, clientsSubgraph.migrationsDir);
    const plan = await database.sql.transaction(async (tx) => {
      await tx.exec(NAME_SEARCH_PLAN_SETUP);
      return tx.query<{ "QUERY PLAN": string }>(NAME_SEARCH_EXPLAIN);
    });
    process.stdout.write(plan.map((row) => row["QUERY PLAN"]).join("\n"));
  } finally {
    await database.close();
  }
}

void main();
