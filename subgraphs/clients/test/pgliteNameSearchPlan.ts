/**
 * Run by nameSearchIndex.int.test.ts in a child process (PGlite loads its extensions with a dynamic
 * import, which Jest's module system cannot do): opens an in-memory PGlite as the embedded hub
 * does (the clients schema of its one database), applies the clients migrations, seeds the plans'
 * names and prints, as JSON, the plans of a search reading last names and of one reading first names.
 */
import { migrate, openEmbeddedDatabases } from "@silta/kernel";
import { clientsSubgraph } from "../src";
import { explainSearch, seedNamesForPlans } from "./nameSearchPlan";

async function main() {
  const database = await (await openEmbeddedDatabases({ dataDir: null })).schema(clientsSubgraph.name);
  try {
    await migrate(database.sql, clientsSubgraph.migrationsDir);
    await seedNamesForPlans(database.sql);
    const lastName = await explainSearch(database.sql, { nameWords: ["virt"] }, null, 21);
    const firstName = await explainSearch(database.sql, { nameWords: ["virtu"] }, null, 21);
    process.stdout.write(JSON.stringify({ lastName, firstName }));
  } finally {
    await database.close();
  }
}

void main();
