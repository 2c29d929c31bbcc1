import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { fitSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { latestKey, latestMeasurementsOfClients, latestScoresStatement, type LatestAsk } from "../src/data/measurementStore";

/** A plan node of `EXPLAIN (FORMAT JSON)`, as far as read here. */
interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * A caseload's latest scores (the newest outcome score and session rating of each client) walk each
 * client's scores newest first along `measurement (client_id, measured_on DESC, created_at DESC, id
 * DESC)` and stop at the first of the kind: no row of the client is sorted. They are the newest by
 * day, then by when recorded: same-day scores of one kind and skipped measures among them.
 */
describe("the latest scores of a caseload", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  const clients = Array.from({ length: 79 }, (_, n) => n * 7 + 1);
  const clientIds: string[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase("fit_latest_scores", fitSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    // 2,000 clients with 12 measures each, four a day (ORS, SRS, CORS, CSRS: two of each kind on the
    // same day, recorded a minute apart); every third client's newest session rating was skipped.
    await testDb.database.sql.query(
      `INSERT INTO measurement (id, client_id, professional_id, instrument, measured_on, total, created_at)
       SELECT md5('m' || n)::uuid, md5('c' || (n / 12))::uuid, md5('p')::uuid,
              (ARRAY['ORS', 'SRS', 'CORS', 'CSRS'])[n % 4 + 1]::"Instrument",
              DATE '2025-01-01' + (n % 12 / 4) * 7,
              CASE WHEN n % 12 = 11 AND (n / 12) % 3 = 0 THEN NULL ELSE 10 + n % 12 END,
              TIMESTAMPTZ '2025-01-01 08:00:00+00' + (n % 12) * INTERVAL '1 minute'
         FROM generate_series(0, 23999) n`,
    );
    await testDb.database.sql.query(`ANALYZE measurement`);
    const rows = await testDb.database.sql.query<{ id: string }>(
      `SELECT md5('c' || n)::uuid::text AS id FROM unnest($1::int[]) WITH ORDINALITY AS c(n, o) ORDER BY o`,
      [clients],
    );
    clientIds.push(...rows.map((row) => row.id));
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await testDb.drop();
  });

  it("are the newest of each kind, by day and then by when recorded, skipped measures passed over", async () => {
    const asks: LatestAsk[] = clientIds.flatMap((clientId) => [
      { clientId, kind: "outcome" as const, full: false },
      { clientId, kind: "sessionRating" as const, full: false },
    ]);
    const latest = await latestMeasurementsOfClients(prisma, asks);
    const expected = await testDb.database.sql.query<{ client_id: string; outcome: boolean; id: string }>(
      `SELECT DISTINCT ON (client_id, instrument::text IN ('ORS', 'CORS', 'YCORS'))
              client_id::text, instrument::text IN ('ORS', 'CORS', 'YCORS') AS outcome, id::text
         FROM measurement WHERE client_id = ANY($1::uuid[]) AND total IS NOT NULL
        ORDER BY client_id, instrument::text IN ('ORS', 'CORS', 'YCORS'), measured_on DESC, created_at DESC, id DESC`,
      [clientIds],
    );
    expect(expected).toHaveLength(2 * clientIds.length);
    expect(new Map([...latest].map(([key, row]) => [key, row.id]))).toEqual(
      new Map(expected.map((row) => [latestKey(row.outcome ? "outcome" : "sessionRating", row.client_id), row.id])),
    );
    // The newest day holds CORS after ORS, and CSRS (skipped for every third client) after SRS.
    expect(latest.get(latestKey("outcome", clientIds[0]!))?.instrument).toBe("CORS");
    expect(latest.get(latestKey("sessionRating", clientIds[1]!))?.instrument).toBe("CSRS");
  });

  it("are read along the client's scores newest first, with nothing sorted", async () => {
    const statement = latestScoresStatement(
      clientIds,
      clientIds.map(() => true),
      false,
    );
    const [row] = await testDb.database.sql.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) ${statement.text}`,
      statement.values as unknown[],
    );
    const nodes = nodesOf(row!["QUERY PLAN"][0].Plan);
    expect(nodes.filter((node) => node["Index Name"] === "measurement_client_id_measured_on_created_at_id_idx")).toEqual([
      expect.objectContaining({ "Node Type": "Index Scan" }),
    ]);
    expect(nodes.map((node) => node["Node Type"])).not.toContain("Sort");
  });
});
