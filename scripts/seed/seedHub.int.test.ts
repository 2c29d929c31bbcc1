import { DataCategory } from "@silta/kernel";
import {
  ACCESS_PROJECTION_TABLES,
  accessEventsOfRows,
  accessProjectionRows,
  clientViewer,
  createTestDatabase,
  professional,
  type TestDatabase,
} from "@silta/testkit";
import { AccessService, applyAccessEventIn, createConsentsPrisma } from "@silta/consents";
import { migrationsDir, type SubgraphDatabases } from "../migrate";
import { subgraphs } from "../subgraphs";
import { dayOf } from "./days";
import { seedHub } from "./seedHub";
import {
  BULK_TRANSACTION,
  createFitPrisma,
  currentConfiguration,
  outcomeReport,
  refreshDerived,
  refreshSessionSummaries,
  type FitPrismaClient,
} from "@silta/fit";

describe("seedHub", () => {
  const created: TestDatabase[] = [];
  let databases: SubgraphDatabases;
  let fitPrisma: FitPrismaClient;

  beforeAll(async () => {
    const entries = await Promise.all(
      subgraphs.map(async ({ name }) => {
        const test = await createTestDatabase(`seed_${name}`, migrationsDir(name));
        created.push(test);
        return [name, test.database] as const;
      }),
    );
    databases = Object.fromEntries(entries) as SubgraphDatabases;
    fitPrisma = createFitPrisma(databases.fit);
  });

  afterAll(async () => {
    await fitPrisma?.$disconnect();
    await Promise.all(created.map((test) => test.drop()));
  });

  const options = { clients: 400, seed: 3, today: dayOf("2026-11-23"), hashIdentityCode: (code: string) => `hash:${code}` };

  it("writes every generated row into the subgraphs' tables, with the types the migrations declare", async () => {
    // Summaries in chunks of 50 episodes, so both lanes write several (a county's chunks are 10,000).
    const counts = await seedHub(databases, options, undefined, 50);
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

  it("gives consents the access projection that the teams and clients events of the seeded rows give through its consumer", async () => {
    const consumer = await createTestDatabase("seed_consumer", migrationsDir("consents"));
    created.push(consumer);
    const events = await accessEventsOfRows(databases.teams.sql, databases.clients.sql);
    // One transaction around them all (each event applied in it): thousands of commits would be the test's whole time.
    const prisma = createConsentsPrisma(consumer.database);
    const applied = await prisma
      .$transaction(
        async (tx) => {
          let count = 0;
          for (const event of events) if (await applyAccessEventIn(tx, event)) count += 1;
          return count;
        },
        { maxWait: 30_000, timeout: 110_000 },
      )
      .finally(() => prisma.$disconnect());
    expect(applied).toBe(events.length);
    for (const table of Object.keys(ACCESS_PROJECTION_TABLES)) {
      const seeded = await accessProjectionRows(databases.consents.sql, table);
      expect(seeded.length).toBeGreaterThan(0);
      expect({ table, rows: await accessProjectionRows(consumer.database.sql, table) }).toEqual({ table, rows: seeded });
    }
  }, 120_000);

  it("writes FIT episodes and sessions with derived values and report summaries, so reports, series and alerts see them", async () => {
    const { sql } = databases.fit;
    const [fit] = await sql.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM measurement WHERE session_id IS NULL OR episode_id IS NULL) AS "withoutSession",
              (SELECT count(*)::int FROM measurement WHERE total IS NOT NULL AND config_version IS NULL) AS "notDerived",
              (SELECT count(*)::int FROM fit_session) AS sessions,
              (SELECT count(*)::int FROM fit_session_summary) AS summaries,
              (SELECT count(*)::int FROM fit_session s WHERE NOT EXISTS (SELECT 1 FROM measurement m WHERE m.session_id = s.id)) AS unmeasured,
              (SELECT count(*)::int FROM measurement m JOIN fit_session s ON s.id = m.session_id WHERE m.measured_on <> s.held_on) AS "offDay"`,
    );
    expect(fit).toMatchObject({ withoutSession: 0, notDerived: 0, offDay: 0, summaries: fit!["sessions"] });
    expect(fit!["unmeasured"]).toBeGreaterThan(0); // missed sessions and children too young to rate
    const report = await outcomeReport(fitPrisma, "ORGANIZATION", "2023-11-23", "2026-11-23");
    const shown = report.filter((row) => !row.suppressed);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((row) => row.sessions! > 0 && row.averageLatestOrs !== null)).toBe(true);
  });

  it("writes the derived values and summaries the fit subgraph would: deriving them again changes nothing", async () => {
    const { sql } = databases.fit;
    const episodes = (await sql.query<{ id: string }>(`SELECT id::text FROM episode`)).map((row) => row.id);
    const [derived] = await sql.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE reliable_change IS NOT NULL)::int AS "reliableChanges",
              count(*) FILTER (WHERE srs_alert)::int AS alerts, count(*) FILTER (WHERE clinical)::int AS clinical
         FROM measurement`,
    );
    // Each kind of derived value occurs, so "nothing changed" below compares real values, not NULLs.
    expect(derived).toEqual({ reliableChanges: expect.any(Number), alerts: expect.any(Number), clinical: expect.any(Number) });
    expect(Math.min(...Object.values(derived!))).toBeGreaterThan(0);
    const configuration = await currentConfiguration(fitPrisma);
    await fitPrisma.$transaction(async (tx) => {
      expect(await refreshDerived(tx, episodes, configuration)).toBe(0);
      expect(await refreshSessionSummaries(tx, episodes)).toBe(0);
    }, BULK_TRANSACTION);
  });

  it("leaves the consents subgraph's projection able to allow a responsible worker, and a guardian, what the model allows", async () => {
    const service = new AccessService({
      prisma: createConsentsPrisma(databases.consents),
      timeZone: "Europe/Helsinki",
      now: () => new Date("2026-11-23T10:00:00Z"),
    });
    const [current] = await databases.consents.sql.query<{ client_id: string; professional_id: string; organization_id: string }>(
      `SELECT client_id::text, professional_id::text, organization_id::text FROM access_responsible_worker
        ORDER BY client_id LIMIT 1`,
    );
    expect(current).toBeDefined();
    const { client_id: clientId, professional_id: professionalId, organization_id: organizationId } = current!;
    const categories = Object.values(DataCategory);
    const read = categories.map((category) => ({ clientId, category, action: "read" as const }));
    const worker = professional(organizationId, { id: professionalId });
    expect((await service.decide(worker, read)).every((decision) => decision.allowed)).toBe(true);
    // A professional of an organisation with no relationship, team or consent sees nothing of them.
    const stranger = professional("00000000-0000-4000-8000-0000000000fe", { id: "00000000-0000-4000-8000-0000000000ff" });
    expect((await service.decide(stranger, read)).some((decision) => decision.allowed)).toBe(false);

    const [guardianship] = await databases.consents.sql.query<{ child: string; guardian: string }>(
      `SELECT child_client_id::text AS child, guardian_client_id::text AS guardian FROM access_guardianship
        WHERE until >= '2026-11-23' ORDER BY child_client_id LIMIT 1`,
    );
    const [basic] = await service.decide(clientViewer(guardianship!.guardian), [
      { clientId: guardianship!.child, category: DataCategory.Basic, action: "read" },
    ]);
    expect(basic?.allowed).toBe(true);
  });

  it("keeps every subgraph's copy of a client's responsible worker and relationships the same", async () => {
    const teams = await databases.teams.sql.query<{ client_id: string; professional_id: string }>(
      `SELECT client_id::text, professional_id::text FROM responsible_worker WHERE is_current ORDER BY client_id`,
    );
    const clients = await databases.clients.sql.query<{ client_id: string; professional_id: string }>(
      `SELECT client_id::text, professional_id::text FROM responsible_worker ORDER BY client_id`,
    );
    const consents = await databases.consents.sql.query<{ client_id: string; professional_id: string }>(
      `SELECT client_id::text, professional_id::text FROM access_responsible_worker ORDER BY client_id`,
    );
    expect(teams.length).toBeGreaterThan(200);
    expect(clients).toEqual(teams);
    expect(consents).toEqual(teams);
    const [relationships] = await databases.clients.sql.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM client_relationship",
    );
    const [projected] = await databases.consents.sql.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM access_client_relationship",
    );
    expect(projected?.count).toBe(relationships?.count);
  });

  it("refuses to write into tables that already have rows", async () => {
    await expect(seedHub(databases, options)).rejects.toThrow(
      /fills an empty hub only, and these tables already have rows: teams\.organization/,
    );
  });
});
