import { randomUUID } from "node:crypto";
import { openPostgres, type Database } from "@silta/kernel";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "@silta/testkit";
import { clientsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";

/** A login role whose sessions default to Helsinki time, as a county's server set to its own zone would. */
const HELSINKI_ROLE = "silta_test_helsinki_zone";

/**
 * The hub's connections run in UTC whatever zone the server (or the role) defaults to: Prisma's
 * adapter writes a timestamptz without its offset and reads one by relabelling its offset UTC
 * (prisma/orm#26786), so in a Helsinki session every instant it wrote or read was two or three hours
 * off, and disagreed with what PostgreSQL's own `now()` and the statements on pg wrote.
 */
describe("a server whose sessions default to Helsinki time", () => {
  let testDb: TestDatabase;
  let asHelsinkiRole: Database;
  let prisma: PrismaClient;

  beforeAll(async () => {
    testDb = await createTestDatabase("clients_session_zone", clientsSubgraph.migrationsDir);
    const { sql, schema } = testDb.database;
    // Roles belong to the whole server: made once, and left for the next run.
    await sql.query(`DO $$ BEGIN CREATE ROLE ${HELSINKI_ROLE} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await sql.query(`ALTER ROLE ${HELSINKI_ROLE} SET TimeZone = 'Europe/Helsinki'`);
    await sql.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${HELSINKI_ROLE}`);
    await sql.query(`GRANT ALL ON ALL TABLES IN SCHEMA "${schema}" TO ${HELSINKI_ROLE}`);
    const asRole = new URL(testDatabaseUrl());
    asRole.username = HELSINKI_ROLE;
    asHelsinkiRole = await openPostgres({ url: asRole.toString(), schema, poolSize: 2 });
    prisma = createPrisma(asHelsinkiRole);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await asHelsinkiRole?.close();
    await testDb?.drop();
  });

  it("holds the hub's connections in UTC, where the role's own sessions are in Helsinki time", async () => {
    const [role] = await testDb.database.sql.query<{ settings: string[] }>(
      `SELECT setconfig AS settings FROM pg_db_role_setting WHERE setrole = '${HELSINKI_ROLE}'::regrole AND setdatabase = 0`,
    );
    expect(role?.settings).toContain("TimeZone=Europe/Helsinki");
    expect(await asHelsinkiRole.sql.query(`SHOW TimeZone`)).toEqual([{ TimeZone: "UTC" }]);
  });

  it("writes and reads an instant through Prisma as the instant it is", async () => {
    const id = randomUUID();
    const raisedAt = new Date("2026-06-01T12:00:00.000Z");
    await prisma.concern.create({
      data: {
        id,
        description: "Worried",
        recordedBy: "test",
        raisedAt,
        raisedOn: new Date("2026-06-01"),
        service: "family_social_work",
        deadlineRuleCode: "first_joint_meeting",
        deadline: new Date("2026-06-04"),
        organizationId: randomUUID(),
      },
    });
    // Read on the test's own connection (the server's default zone): the stored instant is noon UTC.
    const [stored] = await testDb.database.sql.query<{ same: boolean }>(
      `SELECT raised_at = '2026-06-01T12:00:00Z'::timestamptz AS same FROM concern WHERE id = $1`,
      [id],
    );
    expect(stored).toEqual({ same: true });
    expect((await prisma.concern.findUniqueOrThrow({ where: { id } })).raisedAt).toEqual(raisedAt);
    const [now] = await prisma.$queryRaw<
      { skew: number }[]
    >`SELECT abs(extract(epoch FROM now()) * 1000 - ${Date.now()})::float8 AS skew`;
    // PostgreSQL's now() and the process's clock agree to within a minute, not hours.
    expect(now!.skew).toBeLessThan(60_000);
  });
});
