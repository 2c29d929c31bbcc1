import type { Database } from "@silta/kernel";
import { createFitPrisma, deriveAllFitValues } from "@silta/fit";
import { clientsDemoSql } from "./sql/clients";
import { consentsDemoSql, demoAccessEvents, seedDemoAccess } from "./sql/consents";
import { fitDemoSql } from "./sql/fit";
import { northAreaAccessEvents, northAreaClientsSql, northAreaFitSql, northAreaTeamsSql } from "./sql/northAreaCaseload";
import { teamsDemoSql } from "./sql/teams";
import { trainingDemoSql } from "./sql/training";

export type SubgraphDatabases = Record<"clients" | "teams" | "consents" | "fit" | "training", Database>;

/** One SQL script per subgraph database: whoever changes a subgraph's tables keeps its script in step. */
const demoSql: Record<keyof SubgraphDatabases, string> = {
  teams: teamsDemoSql + northAreaTeamsSql,
  clients: clientsDemoSql + northAreaClientsSql,
  consents: consentsDemoSql,
  fit: fitDemoSql + northAreaFitSql,
  training: trainingDemoSql,
};

/**
 * Writes the demo county on first start. Each subgraph's rows go into its own database, in one
 * transaction per database; the teams database decides "first start" (no organisations yet).
 */
export async function seedDemoCountyIfEmpty(
  databases: SubgraphDatabases,
  onStep: (step: string) => void = () => undefined,
): Promise<boolean> {
  const [row] = await databases.teams.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM organization`);
  if ((row?.count ?? 0) > 0) return false;
  onStep("Seeding the demo county (first start on this data folder)…");
  for (const [name, script] of Object.entries(demoSql) as [keyof SubgraphDatabases, string][]) {
    await databases[name].sql.transaction(async (sql) => {
      await sql.exec(script);
    });
    // Consents' access projection from the teams and clients events of the demo's rows, through its own
    // consumer (on the consents Prisma client, in a transaction of its own after the rows').
    if (name === "consents") await seedDemoAccess(databases.consents, [...demoAccessEvents, ...northAreaAccessEvents]);
    // The session summaries the reports read (and the derived values) come from the fit subgraph's own
    // code, as after an import: a hand-written summary would drift from it. It runs on fit's Prisma
    // client (ADR 0015), in its own transaction once the rows are committed.
    if (name === "fit") await deriveWithFitClient(databases.fit);
  }
  const [clients] = await databases.clients.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM client`);
  onStep(`Seeded the demo county: ${clients?.count ?? 0} clients, their teams, consents, FIT sessions and trainings`);
  return true;
}

/** fit's derived values and report summaries of the demo rows, on a client of its own for the seed. */
async function deriveWithFitClient(database: Database): Promise<void> {
  const prisma = createFitPrisma(database);
  try {
    await deriveAllFitValues(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
