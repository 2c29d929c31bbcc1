import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { fitDemoSql } from "@silta/hub/demoSql/fit";
import { fitSubgraph } from "../src";
import { currentConfiguration } from "../src/data/configurationStore";
import { createPrisma } from "../src/data/db";
import { refreshDerived } from "../src/data/derivedStore";

describe("the demo county's FIT rows", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase("fit_demo", fitSubgraph.migrationsDir);
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it("carry exactly the derived values the hub computes with configuration version 1", async () => {
    const { sql } = testDb.database;
    await sql.exec(fitDemoSql);
    const episodes = (await sql.query<{ id: string }>(`SELECT id FROM episode`)).map((row) => row.id);
    expect(episodes).toHaveLength(2);
    const prisma = createPrisma(testDb.database);
    try {
      expect(await refreshDerived(prisma, episodes, await currentConfiguration(prisma))).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
