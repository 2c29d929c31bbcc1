import { randomUUID } from "node:crypto";
import { DataCategory, type Sql } from "@silta/kernel";
import { createTestDatabase, professional, type TestDatabase } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { AccessService } from "../src/access/AccessService";
import { sealAccessLog } from "../src/access/accessLogSealer";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { entryOfRow, type LogRow } from "../src/access/accessLogStore";
import { retireAccessLog } from "../src/audit/retireAccessLog";
import { verifyAccessLog } from "../src/audit/verifyAccessLog";
import { contextEntryHash, contextHash } from "../src/domain/accessLogHash";

/**
 * Retiring months of the access log after the 12 years the law requires: the month leaves the log,
 * verify still says OK (and counts it as retired), and nothing else can be passed off as retired.
 */
const now = new Date("2026-12-15T12:00:00Z");
const county = "00000000-0000-4000-8000-00000000c0c0";

async function logReads(prisma: PrismaClient, at: string, clients: number): Promise<void> {
  const service = new AccessService({ prisma, timeZone: "Europe/Helsinki", now: () => new Date(at) });
  const requests = Array.from({ length: clients }, () => ({
    clientId: randomUUID(),
    category: DataCategory.Basic,
    action: "read" as const,
  }));
  await service.decideAndLog(professional(county), requests, { requestId: randomUUID(), source: "clients" });
}

async function partitions(sql: Sql, table = "access_log"): Promise<string[]> {
  const rows = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = $1::regclass ORDER BY c.relname`,
    [table],
  );
  return rows.map((row) => row.name);
}

/** The owner (here a superuser) gets past the triggers: the tampering the seals exist to show. */
async function tamper(sql: Sql, statement: string): Promise<void> {
  const tables = ["access_log", "access_log_context", "access_log_retirement"];
  await sql.exec(tables.map((table) => `ALTER TABLE ${table} DISABLE TRIGGER USER;`).join(" "));
  try {
    await sql.exec(statement);
  } finally {
    await sql.exec(tables.map((table) => `ALTER TABLE ${table} ENABLE TRIGGER USER;`).join(" "));
  }
}

describe("retiring the access log's old months", () => {
  let testDb: TestDatabase;
  let sql: Sql;
  let prisma: PrismaClient;

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_retire", consentsSubgraph.migrationsDir);
    sql = testDb.database.sql;
    prisma = createPrisma(testDb.database);
    // Months of long ago: 2014-11 is 12 years old by 2026-12, 2014-12 is not quite.
    await sql.query(`SELECT access_log_ensure_partitions('2014-11-10T00:00:00Z')`);
    await logReads(prisma, "2014-11-10T10:00:00Z", 3);
    await sealAccessLog(prisma, { wait: true });
    // One seal holding the last day of the old month and the first of the next: the seal a retirement cuts through.
    await logReads(prisma, "2014-11-30T23:59:00Z", 2);
    await logReads(prisma, "2014-12-01T00:01:00Z", 2);
    await sealAccessLog(prisma, { wait: true });
    await logReads(prisma, now.toISOString(), 4);
    await sealAccessLog(prisma, { wait: true });
  });

  afterAll(async () => {
    await testDb?.drop();
  });

  it("refuses a retention shorter than the law's 12 years", async () => {
    await expect(retireAccessLog(sql, { now, retentionYears: 11 })).rejects.toThrow(/at least 12 \(Act 703\/2023\)/);
  });

  it("lists in a dry run only the months that ended 12 years ago, and changes nothing", async () => {
    const before = await partitions(sql);
    const listed = await retireAccessLog(sql, { now, dryRun: true });
    expect(listed.map(({ month, entries }) => ({ month, entries }))).toEqual([{ month: "2014-11-01", entries: 5 }]);
    expect(await partitions(sql)).toEqual(before);
  });

  it("detaches an old month, archives its entries with their digest, and verify still says OK", async () => {
    const archived: Record<string, unknown>[] = [];
    const retired = await retireAccessLog(sql, {
      now,
      archive: async (month, pages) => {
        for await (const rows of pages) archived.push(...rows);
        return `memory:${month}`;
      },
    });
    expect(retired).toEqual([
      {
        month: "2014-11-01",
        partition: "access_log_2014_11",
        entries: 5,
        digest: expect.stringMatching(/^[0-9a-f]{64}$/),
        archivedTo: "memory:2014-11-01",
      },
    ]);
    expect(archived).toHaveLength(5);
    // Each archived entry carries its context's fields and hash, and still gives its own hash from them.
    for (const row of archived) {
      const entry = entryOfRow(row as unknown as LogRow);
      expect(row["context_hash"]).toBe(contextHash(entry));
      expect(contextEntryHash(row["context_hash"] as string, entry)).toBe(row["hash"]);
    }
    expect(await partitions(sql)).not.toContain("access_log_2014_11");
    expect(await partitions(sql)).toContain("access_log_2014_12");
    // The month's contexts left with its entries; the next month's stay.
    expect(await partitions(sql, "access_log_context")).not.toContain("access_log_context_2014_11");
    expect(await partitions(sql, "access_log_context")).toContain("access_log_context_2014_12");
    for (const table of ["access_log", "access_log_context"]) {
      const [left] = await sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE at < '2014-12-01'`);
      expect([table, left?.count]).toEqual([table, 0]);
    }
    expect(await verifyAccessLog(prisma, { now })).toMatchObject({ ok: true, entries: 11, retired: 5, seals: 3 });
    // Nothing left to retire, and the retirement is on record.
    expect(await retireAccessLog(sql, { now })).toEqual([]);
    const [record] = await sql.query<{ entries: number }>(`SELECT entries FROM access_log_retirement WHERE month = '2014-11-01'`);
    expect(record?.entries).toBe(5);
  });

  it("still shows an entry deleted from a month that was not retired", async () => {
    await tamper(sql, `DELETE FROM access_log WHERE id = (SELECT max(id) FROM access_log)`);
    expect(await verifyAccessLog(prisma, { now })).toMatchObject({ ok: false, reason: "batch_changed", seq: "3" });
  });

  it("still shows a deleted context of a month that was not retired", async () => {
    await tamper(
      sql,
      `DELETE FROM access_log_context WHERE id = (SELECT min(id) FROM access_log_context WHERE at >= '2014-12-01')`,
    );
    expect(await verifyAccessLog(prisma, { now })).toMatchObject({ ok: false, reason: "context_missing" });
  });

  it("refuses a retirement recorded for a month the law still requires", async () => {
    await tamper(
      sql,
      `INSERT INTO access_log_retirement (month, partition, entries, digest) VALUES ('2026-11-01', 'access_log_2026_11', 0, '')`,
    );
    expect(await verifyAccessLog(prisma, { now })).toMatchObject({ ok: false, reason: "retired_early", seq: "2026-11-01" });
  });
});

describe("retiring a month with entries no seal covers yet", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_retire_unsealed", consentsSubgraph.migrationsDir);
  });

  afterAll(async () => {
    await testDb?.drop();
  });

  it("is refused, and the month stays in the log", async () => {
    const { sql } = testDb.database;
    await sql.query(`SELECT access_log_ensure_partitions('2013-05-10T00:00:00Z')`);
    await logReads(createPrisma(testDb.database), "2013-05-10T10:00:00Z", 2);
    await expect(retireAccessLog(sql, { now })).rejects.toThrow(/access_log_2013_05 has 2 entries no seal covers/);
    expect(await partitions(sql)).toContain("access_log_2013_05");
  });
});
