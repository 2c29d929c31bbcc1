import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { migrationsDir, type SubgraphDatabases } from "../migrate";
import { subgraphs } from "../subgraphs";
import { dayOf } from "./days";
import { seedHub } from "./seedHub";

describe("seedHub", () => {
  const created: TestDatabase[] = [];
  let databases: SubgraphDatabases;

  beforeAll(async () => {
    const entries = await Promise.all(
      subgraphs.map(async ({ name }) => {
        const test = await createTestDatabase(`seed_${name}`, migrationsDir(name));
        created.push(test);
        return [name, test.database] as const;
      }),
    );
    databases = Object.fromEntries(entries) as SubgraphDatabases;
  });

  afterAll(async () => {
    await Promise.all(created.map((test) => test.drop()));
  });

  const options = { clients: 400, seed: 3, today: dayOf("2026-11-23"), hashIdentityCode: (code: string) => `hash:${code}` };

  it("writes every generated row into the subgraphs' tables, with the types the migrations declare", async () => {
    const counts = await seedHub(databases, options);
    const [clients] = await databases.clients.sql.query<{ count: number }>("SELECT count(*)::int AS count FROM client");
    const [measurements] = await databases.fit.sql.query<{ count: number; mismatched: number }>(
      `SELECT count(*)::int AS count, count(*) FILTER (WHERE total <> (SELECT sum(item) FROM unnest(items) AS item))::int AS mismatched FROM measurement`,
    );
    const [consents] = await databases.consents.sql.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM consent WHERE 'BASIC' = ANY (categories)`,
    );
    expect(clients?.count).toBe(400);
    expect(measurements).toEqual({ count: counts.measurement, mismatched: 0 });
    expect(consents?.count).toBe(counts.consent);
  });

  it("refuses to write into tables that already have rows", async () => {
    await expect(seedHub(databases, options)).rejects.toThrow(
      /fills an empty hub only, and these tables already have rows: teams\.organization/,
    );
  });
});
