import { randomUUID } from "node:crypto";
import pg from "pg";
import { DataCategory, openPostgres, type AccessRequest, type Database, type Sql } from "@silta/kernel";
import { createTestDatabase, professional, testDatabaseUrl, type TestDatabase } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { createPrisma, type ConsentsDb, type PrismaClient } from "../src/data/db";
import { Prisma } from "../src/data/prisma/client";
import { digestBatch, sealAccessLog } from "../src/access/accessLogSealer";
import { appendAccessLog, batchLogEntries } from "../src/access/accessLogStore";
import { verifyAccessLog } from "../src/audit/verifyAccessLog";
import { readSealRun, VERIFIED_ENTRY_COLUMNS } from "../src/audit/sealRuns";

/** One plan node of `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)`, as far as read here. */
interface PlanNode {
  "Node Type": string;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  "Index Cond"?: string;
  Plans?: PlanNode[];
}

/** The index conditions of a plan's nodes. */
function indexConditions(node: PlanNode): string[] {
  return [...(node["Index Cond"] ? [node["Index Cond"]] : []), ...(node.Plans ?? []).flatMap(indexConditions)];
}

/** Rows a plan read and threw away, over all its nodes. */
function rowsThrownAway(node: PlanNode): number {
  const own = (node["Rows Removed by Filter"] ?? 0) + (node["Rows Removed by Index Recheck"] ?? 0);
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsThrownAway(child), 0);
}

/** The statements a call sends through `$queryRaw` (as a tagged template or as one `Prisma.sql`), sent on as they are. */
function recordingStatements(prisma: PrismaClient): { db: ConsentsDb; statements: Prisma.Sql[] } {
  const statements: Prisma.Sql[] = [];
  const db = new Proxy(prisma, {
    get(target, property, receiver) {
      if (property !== "$queryRaw") return Reflect.get(target, property, receiver) as unknown;
      return (first: Prisma.Sql | TemplateStringsArray, ...values: unknown[]) => {
        const statement = first instanceof Prisma.Sql ? first : Prisma.sql(first, ...values);
        statements.push(statement);
        return target.$queryRaw(statement);
      };
    },
  }) as unknown as ConsentsDb;
  return { db, statements };
}

/** A statement's values as SQL literals, for `EXECUTE`, which takes no parameters of its own. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return pg.escapeLiteral(`{${value.map(String).join(",")}}`);
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (value === null) return "NULL";
  throw new Error(`No literal for ${typeof value}`);
}

/**
 * The plan PostgreSQL makes of a prepared statement for any values (its generic plan, which it keeps
 * once it finds it no dearer than those made for the values), run with `statement`'s values, walked
 * in order as in the test below.
 */
async function genericPlan(sql: Sql, statement: Prisma.Sql): Promise<PlanNode> {
  return sql.transaction(async (tx) => {
    await tx.exec(`SET LOCAL enable_bitmapscan = off; SET LOCAL enable_seqscan = off;
                   SET LOCAL plan_cache_mode = force_generic_plan`);
    await tx.exec(`PREPARE generic_plan_of_test AS ${statement.text}`);
    const [row] = await tx.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE generic_plan_of_test(${statement.values.map(literal).join(", ")})`,
    );
    await tx.exec(`DEALLOCATE generic_plan_of_test`);
    return row!["QUERY PLAN"][0]!.Plan;
  });
}

/**
 * A seal digests the entries written since the previous seal (its batch). It must read those and not
 * the whole month before them: the sealer runs every 500 ms, and a read that walks the month's
 * entries grows with the log (0.36 s a seal at a million entries, docs/benchmarks.md, "Fifteenth
 * sitting"). A bound the read can only meet through a BitmapOr of two index scans is no bound when
 * the planner prefers one ordered walk of the index, as it did there with statistics from when the
 * month was nearly empty: so the read's bounds are checked with each statement planned as a walk of
 * the index in order (bitmap and sequential scans off).
 */
describe("a seal's batch", () => {
  const viewer = professional(randomUUID(), { id: randomUUID() });
  const read = (clientId: string): AccessRequest => ({ clientId, category: DataCategory.Basic, action: "read" });
  const entriesOf = (clientIds: string[]) =>
    batchLogEntries(
      viewer,
      clientIds.map(read),
      clientIds.map(() => ({ allowed: true, basis: "client_relationship" })),
      { requestId: randomUUID(), source: "clients" },
      new Date().toISOString(),
    );
  const lastSnapshot = async (prisma: PrismaClient) =>
    (
      await prisma.$queryRaw<
        { snapshot: string }[]
      >`SELECT snapshot FROM access_log_seal ORDER BY access_log_seal.seq DESC LIMIT 1`
    )[0]!.snapshot;
  const currentSnapshot = async (prisma: PrismaClient) =>
    (await prisma.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`)[0]!.snapshot;

  describe("after a month of entries", () => {
    let testDb: TestDatabase;
    let prisma: PrismaClient;

    beforeAll(async () => {
      testDb = await createTestDatabase("consents_seal_month", consentsSubgraph.migrationsDir);
      prisma = createPrisma(testDb.database);
      // 20,000 entries sealed before (plain rows, the month's bulk; their hashes are never checked here).
      await testDb.database.sql.exec(
        `INSERT INTO access_log (at, client_id, items, hash)
         SELECT now(), gen_random_uuid()::text, '[]'::jsonb, md5(n::text) FROM generate_series(1, 20000) AS n`,
      );
      await sealAccessLog(prisma, { wait: true });
    }, 120_000);

    afterAll(async () => {
      await prisma?.$disconnect();
      await testDb?.drop();
    });

    it("is read by its own entries, for the sealer and for verify, however the index is walked", async () => {
      await appendAccessLog(testDb.database.sql, entriesOf([randomUUID(), randomUUID(), randomUUID()]));
      const previous = await lastSnapshot(prisma);
      const snapshot = await currentSnapshot(prisma);
      const sealer = recordingStatements(prisma);
      expect((await digestBatch(sealer.db, previous, snapshot)).entries).toBe(3);
      const verifier = recordingStatements(prisma);
      expect(
        (await digestBatch(verifier.db, previous, snapshot, undefined, VERIFIED_ENTRY_COLUMNS, "access_log_with_context"))
          .entries,
      ).toBe(3);
      // Verify's read of a run of small seals (sealRuns.ts), here the one seal to come.
      const run = recordingStatements(prisma);
      const seal = { seq: "999", snapshot, entries: 3, root: "", prev_hash: "", hash: "", sealed_at: new Date() };
      expect((await readSealRun(run.db, [seal], previous)).get("999")).toHaveLength(3);

      for (const statement of [...sealer.statements, ...verifier.statements, ...run.statements]) {
        const plan = await prisma.$transaction(async (tx) => {
          // Walked in order, as the planner chose with stale statistics: no bitmap, and no sequential scan of a small table either.
          await tx.$executeRaw`SET LOCAL enable_bitmapscan = off`;
          await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
          const [row] = await tx.$queryRaw<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(
            Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement}`,
          );
          return row!["QUERY PLAN"][0]!.Plan;
        });
        // Bounded by this snapshot's xmax alone, the walk read all 20,003 entries and threw 20,000 away, in hundreds of pages.
        expect(rowsThrownAway(plan)).toBeLessThan(50);
        expect((plan["Shared Hit Blocks"] ?? 0) + (plan["Shared Read Blocks"] ?? 0)).toBeLessThan(100);
      }
      // The sealer's reads are prepared statements, which PostgreSQL may plan once for any values (its
      // generic plan): that plan must be as bounded as one made for the values. The batch begun since
      // the previous seal is always read; the transactions in flight at that seal too when it had any
      // (transaction ids are the cluster's: other tests' transactions count).
      const prepared = sealer.statements.filter((statement) => statement.sql.startsWith("/* prepared */"));
      expect(prepared.length).toBeGreaterThanOrEqual(1);
      for (const statement of prepared) {
        const plan = await genericPlan(testDb.database.sql, statement);
        // Planned for any values: its index walk is bounded by the statement's parameters, not by constants.
        expect(indexConditions(plan).join(" ")).toMatch(/\$1/);
        expect(rowsThrownAway(plan)).toBeLessThan(50);
        expect((plan["Shared Hit Blocks"] ?? 0) + (plan["Shared Read Blocks"] ?? 0)).toBeLessThan(100);
      }
      await expect(sealAccessLog(prisma, { wait: true })).resolves.toMatchObject({ entries: 3 });
    });
  });

  /**
   * The log keeps twelve years of monthly partitions, and the sealer's reads are planned over all of
   * them: 6–8 ms of PostgreSQL's CPU a turn at 148 partitions, every 500 ms, mostly planning. Sent
   * as named statements, PostgreSQL plans them generically once it has seen that a plan for the
   * values costs no less: here, on one connection (the one whose statements are listed), the seals
   * of a steady log, with a transaction in flight at one of them.
   */
  it("is read by named statements that PostgreSQL stops planning anew, over twelve years of partitions", async () => {
    const testDb = await createTestDatabase("consents_seal_years", consentsSubgraph.migrationsDir);
    let sealer: Database | undefined;
    try {
      await testDb.database.sql.exec(
        `SELECT access_log_ensure_partitions(now() - make_interval(months => 3 * k)) FROM generate_series(1, 48) AS k`,
      );
      const [{ partitions }] = (await testDb.database.sql.query<{ partitions: number }>(
        `SELECT count(*)::int AS partitions FROM pg_inherits WHERE inhparent = 'access_log'::regclass`,
      )) as [{ partitions: number }];
      expect(partitions).toBeGreaterThanOrEqual(145);
      sealer = await openPostgres({ url: testDatabaseUrl(), schema: testDb.database.schema, poolSize: 1 });
      const prisma = createPrisma(sealer);
      const turns = 8;
      for (let turn = 0; turn < turns; turn++) {
        if (turn === 3) {
          // A seal taken while another request's append is still committing: the next seal reads the
          // entries of transactions in flight at this one too.
          await testDb.database.sql.transaction(async (tx) => {
            await appendAccessLog(tx, entriesOf([randomUUID()]));
            await appendAccessLog(testDb.database.sql, entriesOf([randomUUID(), randomUUID()]));
            await expect(sealAccessLog(prisma, { wait: true })).resolves.toMatchObject({ entries: 2 });
          });
        } else {
          await appendAccessLog(testDb.database.sql, entriesOf([randomUUID(), randomUUID()]));
          await expect(sealAccessLog(prisma, { wait: true })).resolves.toMatchObject({
            entries: turn === 4 ? 3 : 2,
          });
        }
      }
      const statements = await prisma.$queryRaw<{ statement: string; generic: number; custom: number }[]>`
        SELECT statement, generic_plans::int AS generic, custom_plans::int AS custom
          FROM pg_prepared_statements WHERE statement LIKE '%pg_visible_in_snapshot%' ORDER BY statement`;
      const startedSince = statements.find(({ statement }) => statement.includes("coalesce(pg_snapshot_xmax"));
      const inFlight = statements.find(({ statement }) => statement.includes("= ANY("));
      expect(statements).toHaveLength(2);
      // Every turn read the batch begun since the previous seal; after its first plans, on the generic one.
      expect(startedSince!.generic + startedSince!.custom).toBe(turns);
      expect(startedSince!.generic).toBeGreaterThan(0);
      // After the seal with a transaction in flight; transaction ids are the cluster's, so another
      // database's transaction in flight at a seal (tests running beside this one) adds a read.
      expect(inFlight!.generic + inFlight!.custom).toBeGreaterThanOrEqual(1);
      await expect(verifyAccessLog(createPrisma(testDb.database))).resolves.toMatchObject({
        ok: true,
        entries: 2 * turns + 1,
        unsealed: 0,
      });
    } finally {
      await sealer?.close();
      await testDb.drop();
    }
  }, 60_000);

  it("takes an entry whose transaction was still open at the previous seal into the next one, and only there", async () => {
    const testDb = await createTestDatabase("consents_seal_in_flight", consentsSubgraph.migrationsDir);
    const prisma = createPrisma(testDb.database);
    try {
      await appendAccessLog(testDb.database.sql, entriesOf([randomUUID(), randomUUID()]));
      await sealAccessLog(prisma, { wait: true });
      let sealedMeanwhile: Awaited<ReturnType<typeof sealAccessLog>> = null;
      await testDb.database.sql.transaction(async (tx) => {
        await appendAccessLog(tx, entriesOf([randomUUID()]));
        // Another request's entry, committed at once, is sealed while the first transaction is still open.
        await appendAccessLog(testDb.database.sql, entriesOf([randomUUID()]));
        sealedMeanwhile = await sealAccessLog(prisma, { wait: true });
      });
      expect(sealedMeanwhile).toMatchObject({ entries: 1 });
      // The open transaction was in that seal's snapshot's list of transactions in flight.
      const [{ inFlight }] = (await prisma.$queryRaw<{ inFlight: number }[]>`
        SELECT cardinality(ARRAY(SELECT pg_snapshot_xip(${await lastSnapshot(prisma)}::pg_snapshot)))::int AS "inFlight"`) as [
        { inFlight: number },
      ];
      expect(inFlight).toBeGreaterThan(0);
      // Committed since, and in no seal yet: verify counts it as unsealed (within the bound).
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true, entries: 3, unsealed: 1 });
      await expect(sealAccessLog(prisma, { wait: true })).resolves.toMatchObject({ entries: 1 });
      await expect(verifyAccessLog(prisma)).resolves.toMatchObject({ ok: true, entries: 4, seals: 3, unsealed: 0 });
      // Verify's runs of seals (sealRuns.ts) too: with runs of one seal, the third starts after a seal
      // with a transaction in flight, whose entry it must read.
      await expect(verifyAccessLog(prisma, { runEntries: 1 })).resolves.toMatchObject({ ok: true, entries: 4, seals: 3 });
    } finally {
      await prisma.$disconnect();
      await testDb.drop();
    }
  });
});
