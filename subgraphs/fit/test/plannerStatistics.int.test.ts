import pg from "pg";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "@silta/testkit";
import { fitSubgraph } from "../src";
import { BULK_TRANSACTION, createPrisma, type FitDb, type PrismaClient } from "../src/data/db";
import { PlannerStatistics } from "../src/import/plannerStatistics";

class RollBack extends Error {}

/** Rows as an import writes them, in the caller's transaction: 1,000 episodes, 10,000 sessions, 20,000 measurements. */
async function writeRows(tx: FitDb): Promise<void> {
  await tx.$executeRaw`INSERT INTO episode (id, client_id, owner_professional_id, started_on)
    SELECT md5('e' || n)::uuid, md5('c' || n)::uuid, md5('p')::uuid, DATE '2025-01-01' FROM generate_series(1, 1000) n`;
  await tx.$executeRaw`INSERT INTO fit_session (id, episode_id, held_on, mode, professional_id)
    SELECT md5('s' || n)::uuid, md5('e' || (n / 10 + 1))::uuid, DATE '2025-02-01', 'FACE_TO_FACE', md5('p')::uuid
      FROM generate_series(0, 9999) n`;
  await tx.$executeRaw`INSERT INTO measurement (id, client_id, professional_id, instrument, measured_on, total, session_id, episode_id)
    SELECT md5('m' || n)::uuid, md5('c' || (n / 20 + 1))::uuid, md5('p')::uuid,
           (CASE WHEN n % 2 = 0 THEN 'ORS' ELSE 'SRS' END)::"Instrument", DATE '2025-02-01', 20,
           md5('s' || (n / 2))::uuid, md5('e' || (n / 20 + 1))::uuid
      FROM generate_series(0, 19999) n`;
}

/** How many rows the planner expects `measurement` to hold. */
async function plannedRows(tx: FitDb): Promise<number> {
  const [row] = await tx.$queryRaw<
    { "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]
  >`EXPLAIN (FORMAT JSON) SELECT * FROM measurement`;
  return row!["QUERY PLAN"][0].Plan["Plan Rows"];
}

describe("an import keeps the planner's statistics true inside its transaction", () => {
  let testDb: TestDatabase;
  let other: pg.Client;
  let prisma: PrismaClient;
  beforeAll(async () => {
    testDb = await createTestDatabase("fit_planner_statistics", fitSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    other = new pg.Client({ connectionString: testDatabaseUrl() });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  const inRolledBackTransaction = (work: (tx: FitDb) => Promise<void>) =>
    expect(
      prisma.$transaction(async (tx) => {
        await work(tx);
        throw new RollBack();
      }, BULK_TRANSACTION),
    ).rejects.toBeInstanceOf(RollBack);

  it("leaves tables that were never analyzed alone: the planner estimates from their pages", async () => {
    await inRolledBackTransaction(async (tx) => {
      await writeRows(tx);
      const statistics = new PlannerStatistics(tx);
      await statistics.afterWrite(20_000);
      expect(statistics.analyzed).toBe(0);
      // From the pages and the row width: a few thousand, the right order for choosing hash joins.
      expect(await plannedRows(tx)).toBeGreaterThan(2_000);
    });
  });

  it("analyzes again when another session's ANALYZE, blind to the import's rows, recorded the tables as empty", async () => {
    const schema = testDb.database.schema;
    await inRolledBackTransaction(async (tx) => {
      await writeRows(tx);
      await other.query(`ANALYZE "${schema}".episode, "${schema}".fit_session, "${schema}".measurement`);
      expect(await plannedRows(tx)).toBeLessThan(100);

      const statistics = new PlannerStatistics(tx);
      await statistics.afterWrite(20_000);
      expect(statistics.analyzed).toBe(1);
      expect(await plannedRows(tx)).toBeGreaterThan(10_000);
      await statistics.afterWrite(500); // the estimate is true now: no second ANALYZE
      expect(statistics.analyzed).toBe(1);
    });
  });
});
