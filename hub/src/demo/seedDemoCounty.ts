import type { Database } from "@silta/kernel";
import { clientsDemoSql } from "./sql/clients";
import { consentsDemoSql } from "./sql/consents";
import { fitDemoSql } from "./sql/fit";
import { teamsDemoSql } from "./sql/teams";
import { trainingDemoSql } from "./sql/training";

export type SubgraphDatabases = Record<"clients" | "teams" | "consents" | "fit" | "training", Database>;

/** One SQL script per subgraph database: whoever changes a subgraph's tables keeps its script in step. */
const demoSql: Record<keyof SubgraphDatabases, string> = {
  teams: teamsDemoSql,
  clients: clientsDemoSql,
  consents: consentsDemoSql,
  fit: fitDemoSql,
  training: trainingDemoSql,
};

/**
 * Writes the demo county on first start. Each subgraph's rows go into its own database, in one
 * transaction per database; the teams database decides "first start" (no organisations yet).
 */
export async function seedDemoCountyIfEmpty(databases: SubgraphDatabases): Promise<boolean> {
  const [row] = await databases.teams.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM organization`);
  if ((row?.count ?? 0) > 0) return false;
  for (const [name, script] of Object.entries(demoSql) as [keyof SubgraphDatabases, string][]) {
    await databases[name].sql.transaction((sql) => sql.exec(script));
  }
  return true;
}
