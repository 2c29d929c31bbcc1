import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { sealTotals, verifyAccessLog, verifyAccessLogSince } from "../src/audit/verifyAccessLog";
import { signCheckpoint, writeCheckpoint, type CheckpointHead } from "../src/audit/checkpoint";
import { checkpointOfWholeWalk, readAndSeal } from "./sealedLog";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";
import { entryIdsInSealOrder, tamperWithLog } from "./logTampering";

/** One node of `EXPLAIN (FORMAT JSON)`, as far as read here. */
interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

/** A plan's nodes, the top one first. */
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * `audit:verify --since-checkpoint`: two seals of three entries each are checkpointed by a walk of the
 * whole log, then two more are sealed. A run after the checkpoint must read only the later two, and
 * find whatever was done to them, to the checkpoint's seal, or to the seals before it.
 */
describe("verifying the access log after a checkpoint", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  let world: AccessWorld;
  let checkpoint: CheckpointHead;

  const logAndSeal = (seals: number) => readAndSeal(prisma, world, seals);

  beforeEach(async () => {
    testDb = await createTestDatabase("consents_since", consentsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    world = await buildAccessWorld(testDb.database.sql, 3);
    await logAndSeal(2);
    checkpoint = await checkpointOfWholeWalk(prisma);
    expect(checkpoint).toMatchObject({ seq: "2", entries: 6 });
    await logAndSeal(2);
  });

  afterEach(async () => {
    await testDb?.drop();
  });

  const ids = () => entryIdsInSealOrder(testDb.database.sql);
  const tamper = (statement: string, params: unknown[] = []) => tamperWithLog(testDb.database.sql, statement, params);

  it("reads only the seals after the checkpoint, and ends where a walk of the whole log ends", async () => {
    const since = await verifyAccessLogSince(prisma, checkpoint);
    expect(since).toMatchObject({ ok: true, checked: 6, seals: 2, entries: 12, unsealed: 0 });
    const whole = await verifyAccessLog(prisma, { checkpoint });
    expect(whole).toMatchObject({ ok: true, checked: 12, seals: 4, entries: 12 });
    expect(since.ok && whole.ok && since.head).toEqual(whole.ok && whole.head);
  });

  it("leaves the entries up to the checkpoint to a walk of the whole log", async () => {
    const [first] = await ids();
    await tamper(`UPDATE access_log SET items = jsonb_set(items, '{0,2}', '"denied"') WHERE id = $1::bigint`, [first]);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: true, checked: 6 });
    await expect(verifyAccessLog(prisma, { checkpoint })).resolves.toMatchObject({ ok: false, seq: first, reason: "altered" });
  });

  it("shows an entry sealed after the checkpoint edited, naming it", async () => {
    const seventh = (await ids())[6]!;
    await tamper(`UPDATE access_log SET items = jsonb_set(items, '{0,2}', '"denied"') WHERE id = $1::bigint`, [seventh]);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: false, seq: seventh, reason: "altered" });

    // The command says so, and vouches only for what it read: what was sealed after the checkpoint.
    const key = "test-only-audit-checkpoint-key-0123456789";
    const file = join(mkdtempSync(join(tmpdir(), "silta-since-")), "checkpoint.json");
    writeCheckpoint(file, signCheckpoint(checkpoint, key));
    const root = join(__dirname, "..", "..", "..");
    const failed = await promisify(execFile)(
      "npx",
      ["tsx", join(root, "subgraphs/consents/src/audit/main.ts"), "--checkpoint", file, "--since-checkpoint"],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: testDatabaseUrl(),
          DATABASE_SCHEMA: testDb.database.schema,
          AUDIT_CHECKPOINT_KEY: key,
        },
      },
    ).catch((error: { code: number; stdout: string }) => error);
    expect(failed).toMatchObject({ code: 1, stdout: expect.stringContaining(`entry ${seventh} is altered`) });
    expect((failed as { stdout: string }).stdout).toContain(
      `what was sealed after the checkpoint of ${checkpoint.at} (seal 2) up to it is intact; the entries before were checked when it was written.`,
    );
  }, 60_000); // one run of the command, a cold tsx start

  it("shows an entry sealed after the checkpoint deleted, by its seal", async () => {
    const last = (await ids()).at(-1)!;
    await tamper(`DELETE FROM access_log WHERE id = $1::bigint`, [last]);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({
      ok: false,
      seq: "4",
      reason: "batch_changed",
    });
  });

  it("shows the newest seals deleted back past the checkpoint", async () => {
    await tamper(`DELETE FROM access_log_seal WHERE seq >= 2`);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: false, seq: "1", reason: "truncated" });
  });

  it("shows the checkpoint's seal edited, or rewritten with a hash of its own", async () => {
    await tamper(`UPDATE access_log_seal SET entries = 2 WHERE seq = 2`);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: false, seq: "2", reason: "diverged" });
    await tamper(`UPDATE access_log_seal SET entries = 3, hash = repeat('b', 64) WHERE seq = 2`);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: false, seq: "2", reason: "diverged" });
  });

  it("shows the checkpoint's seal deleted while later ones remain", async () => {
    await tamper(`DELETE FROM access_log_seal WHERE seq = 2`);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: false, seq: "2", reason: "unlinked" });
  });

  it("shows a seal before the checkpoint deleted, or its count of entries changed, by the seals up to it", async () => {
    await tamper(`UPDATE access_log_seal SET entries = 2 WHERE seq = 1`);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: false, seq: "2", reason: "unlinked" });
    await tamper(`UPDATE access_log_seal SET entries = 3 WHERE seq = 1`);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: true });
    await tamper(`DELETE FROM access_log_seal WHERE seq = 1`);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: false, seq: "2", reason: "unlinked" });
  });

  /**
   * That count passes over every seal on every hourly run: some 15 million a year, whose rows are 4 GB
   * a year and the primary key's index a tenth of that. It must be planned to read the index alone
   * (each seal's `entries` is stored in it beside the number). How many rows it then still visits
   * depends on the visibility map (autovacuum keeps an insert-only table's pages all-visible), which
   * tests running beside this one can hold back: the plan is what is checked.
   */
  it("counts the seals up to the checkpoint from the primary key's index alone", async () => {
    await testDb.database.sql.exec(`VACUUM (ANALYZE) access_log_seal`);
    const statement = sealTotals(checkpoint.seq);
    const plan = await testDb.database.sql.transaction(async (tx) => {
      // A few seals fit on one page, which a sequential scan reads cheaper; a county's do not.
      await tx.exec(`SET LOCAL enable_seqscan = off`);
      const [row] = await tx.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
        statement.values,
      );
      return row!["QUERY PLAN"][0]!.Plan;
    });
    const scans = nodesOf(plan).filter((node) => node["Relation Name"] === "access_log_seal");
    expect(scans).toEqual([expect.objectContaining({ "Node Type": "Index Only Scan", "Index Name": "access_log_seal_pkey" })]);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: true });
  });

  describe("with the checkpoint at the fourth seal", () => {
    let fourth: CheckpointHead;
    beforeEach(async () => {
      fourth = await checkpointOfWholeWalk(prisma);
      await logAndSeal(1);
    });

    it("shows a seal before it deleted, though another's count was raised to keep the sum", async () => {
      await tamper(`DELETE FROM access_log_seal WHERE seq = 2`);
      await tamper(`UPDATE access_log_seal SET entries = 6 WHERE seq = 3`);
      await expect(verifyAccessLogSince(prisma, fourth)).resolves.toMatchObject({ ok: false, seq: "4", reason: "unlinked" });
    });

    it("shows the first seal renumbered", async () => {
      await tamper(`UPDATE access_log_seal SET seq = 0 WHERE seq = 1`);
      await expect(verifyAccessLogSince(prisma, fourth)).resolves.toMatchObject({ ok: false, seq: "4", reason: "unlinked" });
    });
  });

  it("shows the seal before the checkpoint replaced by one of another hash", async () => {
    await tamper(`UPDATE access_log_seal SET hash = repeat('c', 64) WHERE seq = 1`);
    await expect(verifyAccessLogSince(prisma, checkpoint)).resolves.toMatchObject({ ok: false, seq: "2", reason: "unlinked" });
  });

  it("walks the whole log after a checkpoint of an empty one", async () => {
    const empty: CheckpointHead = { seq: "0", hash: "", entries: 0, at: new Date().toISOString() };
    await expect(verifyAccessLogSince(prisma, empty)).resolves.toMatchObject({ ok: true, checked: 12, seals: 4, entries: 12 });
  });
});
