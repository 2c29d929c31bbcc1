import {
  ACCESS_PROJECTION_TABLES,
  accessEventsOfRows,
  accessProjectionRows,
  createTestDatabase,
  type TestDatabase,
} from "@silta/testkit";
import { clientsSubgraph } from "@silta/clients";
import { applyAccessEvent, consentsSubgraph, createConsentsPrisma } from "@silta/consents";
import { createFitPrisma, fitSubgraph, fitUsers, outcomeReport, type FitPrismaClient } from "@silta/fit";
import { teamsSubgraph } from "@silta/teams";
import { trainingSubgraph } from "@silta/training";
import { demoIds } from "./demoCounty";
import { seedDemoCountyIfEmpty, type SubgraphDatabases } from "./seedDemoCounty";

describe("the demo county", () => {
  const created: TestDatabase[] = [];
  let databases: SubgraphDatabases;
  let fit: FitPrismaClient;
  const steps: string[] = [];

  beforeAll(async () => {
    const entries = await Promise.all(
      [clientsSubgraph, teamsSubgraph, consentsSubgraph, fitSubgraph, trainingSubgraph].map(async (module) => {
        const test = await createTestDatabase(`demo_${module.name}`, module.migrationsDir);
        created.push(test);
        return [module.name, test.database] as const;
      }),
    );
    databases = Object.fromEntries(entries) as SubgraphDatabases;
    fit = createFitPrisma(databases.fit);
    expect(await seedDemoCountyIfEmpty(databases, (step) => steps.push(step))).toBe(true);
  }, 60_000);

  afterAll(async () => {
    await fit?.$disconnect();
    await Promise.all(created.map((test) => test.drop()));
  });

  it("says what it seeds as it goes, with the number of clients", () => {
    expect(steps).toEqual([
      "Seeding the demo county (first start on this data folder)…",
      expect.stringMatching(/^Seeded the demo county: 8 clients/),
    ]);
  });

  it("counts its FIT sessions in the OpenFIT users report: the professionals who measured, per month", async () => {
    const users = await fitUsers(fit, "2026-09-01", "2026-10-31");
    expect(users.map(({ month, users: count }) => ({ month, count }))).toEqual([
      // Unit-less episodes: the social worker in September; in October also the nurse and the family worker.
      { month: "2026-09", count: 1 },
      { month: "2026-10", count: 3 },
    ]);
  });

  it("shows the north area team's figures in the outcome report, and the Virtanen team's row suppressed (two clients)", async () => {
    const report = await outcomeReport(fit, "TEAM", "2026-09-01", "2026-10-31");
    expect(report).toEqual([
      expect.objectContaining({ groupKey: demoIds.teams.virtanenClientTeam, suppressed: true, clientsMeasured: null }),
      expect.objectContaining({ groupKey: demoIds.teams.northAreaTeam, suppressed: false, clientsMeasured: 5, sessions: 10 }),
    ]);
    const north = report.find((row) => row.groupKey === demoIds.teams.northAreaTeam)!;
    expect(north.shareReliablyImproved).toBeGreaterThan(0);
  });

  it("keeps the derived values the demo script states (the fit subgraph's own code agrees with them)", async () => {
    const rows = await databases.fit.sql.query<{ reliable_change: string | null; srs_alert: boolean | null }>(
      `SELECT reliable_change::text, srs_alert FROM measurement ORDER BY id`,
    );
    const demo = rows.slice(0, 6); // the Virtanen family's six measurements, ids 1b000000-…
    expect(demo.map((row) => row.reliable_change)).toEqual([null, null, "IMPROVED", null, null, null]);
    expect(demo.map((row) => row.srs_alert)).toEqual([null, true, null, false, null, false]);
  });

  it("gives consents the access projection that the teams and clients events of its rows give through the consumer", async () => {
    const consumer = await createTestDatabase("demo_consumer", consentsSubgraph.migrationsDir);
    created.push(consumer);
    const prisma = createConsentsPrisma(consumer.database);
    for (const event of await accessEventsOfRows(databases.teams.sql, databases.clients.sql))
      expect(await applyAccessEvent(prisma, event)).toBe(true);
    await prisma.$disconnect();
    for (const table of Object.keys(ACCESS_PROJECTION_TABLES)) {
      const seeded = await accessProjectionRows(databases.consents.sql, table);
      expect(seeded.length).toBeGreaterThan(0);
      expect({ table, rows: await accessProjectionRows(consumer.database.sql, table) }).toEqual({ table, rows: seeded });
    }
  });

  it("is written once: a second start finds it and writes nothing", async () => {
    expect(await seedDemoCountyIfEmpty(databases)).toBe(false);
  });
});
