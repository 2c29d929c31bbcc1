import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { walkWholeLogSlice, type Slice } from "../src/audit/wholeWalkInSlices";
import {
  readCheckpoint,
  signCheckpoint,
  writeCheckpoint,
  type CheckpointHead,
  type WholeWalkCursor,
} from "../src/audit/checkpoint";
import { sealHash } from "../src/domain/accessLogHash";
import { retireAccessLog } from "../src/audit/retireAccessLog";
import { verifyAccessLog } from "../src/audit/verifyAccessLog";
import { checkpointOfWholeWalk, readAndSeal } from "./sealedLog";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";
import { entryIdsInSealOrder, tamperWithLog } from "./logTampering";

/** A slice that stops after its first seal: the deadline has passed when the first seal is done. */
const ONE_SEAL = { deadline: 0 };
const NO_DEADLINE = { deadline: Infinity };

function cursorOf(slice: Awaited<ReturnType<typeof walkWholeLogSlice>>): WholeWalkCursor {
  if (!slice.ok || slice.cursor === null) throw new Error(`expected a walk under way, got ${JSON.stringify(slice)}`);
  return slice.cursor;
}

/** Where a walk stands after slices of one seal each, from the first seal up to seal `seq`. */
async function walkedToSeal(prisma: PrismaClient, checkpoint: CheckpointHead, seq: string, now?: Date): Promise<WholeWalkCursor> {
  let cursor: WholeWalkCursor | null = null;
  do cursor = cursorOf(await walkWholeLogSlice(prisma, checkpoint, cursor, { ...ONE_SEAL, now }));
  while (cursor.seq !== seq);
  return cursor;
}

/**
 * The walk of the whole log in slices (`audit:verify --since-checkpoint --slice-seconds`): four seals
 * of three entries each, checkpointed at the fourth. Slices of one seal each must walk the chain from
 * the first seal to the checkpoint's, run after run, finding in it what a walk in one go finds.
 */
describe("walking the whole access log in slices", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  let world: AccessWorld;
  let checkpoint: CheckpointHead;

  const logAndSeal = (seals: number) => readAndSeal(prisma, world, seals);

  beforeEach(async () => {
    testDb = await createTestDatabase("consents_slices", consentsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    world = await buildAccessWorld(testDb.database.sql, 3);
    await logAndSeal(4);
    checkpoint = await checkpointOfWholeWalk(prisma);
    expect(checkpoint).toMatchObject({ seq: "4", entries: 12 });
  });

  afterEach(async () => {
    await testDb?.drop();
  });

  const ids = () => entryIdsInSealOrder(testDb.database.sql);
  const tamper = (statement: string, params: unknown[] = []) => tamperWithLog(testDb.database.sql, statement, params);
  const walkedTo = (seq: string) => walkedToSeal(prisma, checkpoint, seq);

  it("walks one seal a slice from the first to the checkpoint's, then is done, as a walk in one go", async () => {
    const first = await walkWholeLogSlice(prisma, checkpoint, null, ONE_SEAL);
    expect(first).toMatchObject({ ok: true, seals: 1, fromSeq: "1", toSeq: "1", checked: 3, entries: 3, restarted: null });
    const began = (first as Slice).began;
    let cursor = cursorOf(first);
    expect(cursor).toMatchObject({ began, seq: "1", entries: 3, retired: 0, retiredEnd: null, inRetiredStretch: false });
    for (const seq of ["2", "3"]) {
      const slice = await walkWholeLogSlice(prisma, checkpoint, cursor, ONE_SEAL);
      expect(slice).toMatchObject({ ok: true, seals: 1, fromSeq: seq, toSeq: seq, entries: Number(seq) * 3, began });
      cursor = cursorOf(slice);
    }
    const last = await walkWholeLogSlice(prisma, checkpoint, cursor, ONE_SEAL);
    expect(last).toMatchObject({ ok: true, cursor: null, seals: 1, fromSeq: "4", toSeq: "4", entries: 12, began });
  });

  it("stops at the checkpoint's seal, leaving what was sealed after it to the run's walk after the checkpoint", async () => {
    await logAndSeal(2);
    await expect(walkWholeLogSlice(prisma, checkpoint, null, NO_DEADLINE)).resolves.toMatchObject({
      ok: true,
      cursor: null,
      seals: 4,
      toSeq: "4",
      entries: 12,
    });
  });

  it("finds an entry edited ahead of it, naming it", async () => {
    const cursor = await walkedTo("1");
    const seventh = (await ids())[6]!;
    await tamper(`UPDATE access_log SET items = jsonb_set(items, '{0,2}', '"denied"') WHERE id = $1::bigint`, [seventh]);
    const second = cursorOf(await walkWholeLogSlice(prisma, checkpoint, cursor, ONE_SEAL));
    await expect(walkWholeLogSlice(prisma, checkpoint, second, ONE_SEAL)).resolves.toMatchObject({
      ok: false,
      seq: seventh,
      reason: "altered",
    });
  });

  it("finds an entry deleted ahead of it, by its seal", async () => {
    const cursor = await walkedTo("1");
    const fifth = (await ids())[4]!;
    await tamper(`DELETE FROM access_log WHERE id = $1::bigint`, [fifth]);
    await expect(walkWholeLogSlice(prisma, checkpoint, cursor, NO_DEADLINE)).resolves.toMatchObject({
      ok: false,
      seq: "2",
      reason: "batch_changed",
    });
  });

  it("finds a seal deleted ahead of it, by the link of the next", async () => {
    const cursor = await walkedTo("1");
    await tamper(`DELETE FROM access_log_seal WHERE seq = 3`);
    await expect(walkWholeLogSlice(prisma, checkpoint, cursor, NO_DEADLINE)).resolves.toMatchObject({
      ok: false,
      seq: "4",
      reason: "unlinked",
    });
  });

  it("finds the seal it stopped at rewritten, or removed, before it goes on", async () => {
    const cursor = await walkedTo("2");
    expect(cursor.seq).toBe("2");
    // Rewritten with a hash its new fields give: found there, not only by the next seal's link.
    const [row] = await testDb.database.sql.query<{ seq: string; snapshot: string; entries: number; prev_hash: string }>(
      `SELECT seq::text AS seq, snapshot::text AS snapshot, entries, prev_hash FROM access_log_seal WHERE seq = 2`,
    );
    const root = "d".repeat(64);
    const hash = sealHash(row!.prev_hash, { seq: row!.seq, snapshot: row!.snapshot, entries: row!.entries, root });
    await tamper(`UPDATE access_log_seal SET root = $1, hash = $2 WHERE seq = 2`, [root, hash]);
    await expect(walkWholeLogSlice(prisma, checkpoint, cursor, NO_DEADLINE)).resolves.toMatchObject({
      ok: false,
      seq: "2",
      reason: "unlinked",
    });
    await tamper(`DELETE FROM access_log_seal WHERE seq = 2`);
    await expect(walkWholeLogSlice(prisma, checkpoint, cursor, NO_DEADLINE)).resolves.toMatchObject({
      ok: false,
      seq: "2",
      reason: "unlinked",
    });
  });

  it("finds the seals ending before the checkpoint's seal", async () => {
    const cursor = await walkedTo("1");
    await tamper(`DELETE FROM access_log_seal WHERE seq >= 3`);
    await expect(walkWholeLogSlice(prisma, checkpoint, cursor, NO_DEADLINE)).resolves.toMatchObject({
      ok: false,
      seq: "2",
      reason: "truncated",
    });
  });

  it("leaves an entry edited behind it to the next walk, which finds it", async () => {
    const cursor = await walkedTo("2");
    const [first] = await ids();
    await tamper(`UPDATE access_log SET items = jsonb_set(items, '{0,2}', '"denied"') WHERE id = $1::bigint`, [first]);
    await expect(walkWholeLogSlice(prisma, checkpoint, cursor, NO_DEADLINE)).resolves.toMatchObject({ ok: true, cursor: null });
    await expect(walkWholeLogSlice(prisma, checkpoint, null, NO_DEADLINE)).resolves.toMatchObject({
      ok: false,
      seq: first,
      reason: "altered",
    });
  });

  it("begins again from the first seal when a month was retired since it began", async () => {
    const cursor = await walkedTo("2");
    // As if it began before a month ended the retired stretch elsewhere: the seals it judged by that are judged again.
    const earlier = { ...cursor, retiredEnd: "2014-01-01T00:00:00.000Z" };
    const again = await walkWholeLogSlice(prisma, checkpoint, earlier, ONE_SEAL);
    expect(again).toMatchObject({ ok: true, restarted: "retired_month", fromSeq: "1", toSeq: "1", entries: 3 });
    expect((again as Slice).began).not.toBe(cursor.began);
  });

  it("is spread over the scheduled runs of the command, the walk's place kept in the checkpoint", async () => {
    const key = "test-only-audit-checkpoint-key-0123456789";
    const file = join(mkdtempSync(join(tmpdir(), "silta-slices-")), "checkpoint.json");
    const root = join(__dirname, "..", "..", "..");
    const verify = (...options: string[]) =>
      promisify(execFile)(
        "npx",
        ["tsx", join(root, "subgraphs/consents/src/audit/main.ts"), "--checkpoint", file, "--since-checkpoint", ...options],
        {
          cwd: root,
          env: {
            ...process.env,
            DATABASE_URL: testDatabaseUrl(),
            DATABASE_SCHEMA: testDb.database.schema,
            AUDIT_CHECKPOINT_KEY: key,
          },
        },
      ).catch((error: { code: number; stdout: string; stderr: string }) => error);

    // The last whole walk eight days ago, a weekly one due: the walk under way (at seal 1) finishes in this run.
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    const [firstSeal] = await testDb.database.sql.query<{ hash: string }>(`SELECT hash FROM access_log_seal WHERE seq = 1`);
    const walk: WholeWalkCursor = {
      began: new Date(Date.now() - 86_400_000).toISOString(),
      seq: "1",
      hash: firstSeal!.hash,
      entries: 3,
      retired: 0,
      retiredEnd: null,
      inRetiredStretch: false,
    };
    writeCheckpoint(file, signCheckpoint({ ...checkpoint, wholeAt: eightDaysAgo, walk }, key));
    const due = await verify("--slice-seconds", "0", "--whole-every", "7");
    expect(due).toMatchObject({
      stdout: expect.stringContaining(`The walk of the whole log begun ${walk.began} walked seals 2 to 4`),
    });
    expect((due as { stdout: string }).stdout).toContain("reached the checkpoint's seal 4: all 12 entries up to it checked");
    const finished = readCheckpoint(file, key)!;
    expect(finished).toMatchObject({ seq: "4", wholeAt: walk.began });
    expect(finished.walk).toBeUndefined();

    // Not due: the next walk begins, one seal in this run, and the file keeps its place.
    const begun = await verify("--slice-seconds", "0", "--whole-every", "7");
    expect(begun).toMatchObject({ stdout: expect.stringContaining("walked seals 1 to 1 (3 entries checked)") });
    expect((begun as { stdout: string }).stdout).toContain(
      "1 of the checkpoint's 4 seals walked (3 of 12 entries); the next run goes on from seal 1.",
    );
    expect(readCheckpoint(file, key)).toMatchObject({ wholeAt: walk.began, walk: { seq: "1", entries: 3 } });

    // An entry of the second seal edited: the next slice finds it, and the checkpoint stays where it was.
    const fourth = (await ids())[3]!;
    await tamper(`UPDATE access_log SET items = jsonb_set(items, '{0,2}', '"denied"') WHERE id = $1::bigint`, [fourth]);
    const before = readFileSync(file, "utf8");
    const broken = await verify("--slice-seconds", "0");
    expect(broken).toMatchObject({ code: 1, stdout: expect.stringContaining(`BROKEN: access log of`) });
    expect((broken as { stdout: string }).stdout).toContain(
      `entry ${fourth} is altered (it no longer matches its hash); found by the walk of the whole log in slices, whose earlier slices checked the 3 sealed entries before it`,
    );
    expect((broken as { stdout: string }).stdout).not.toMatch(/^OK:/m);
    expect(readFileSync(file, "utf8")).toBe(before);

    const refused = await verify("--slice-seconds", "1.5");
    expect(refused).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--slice-seconds must be a whole number of seconds from 0 to 86400, got 1.5"),
    });
  }, 120_000); // four runs of the command, cold tsx starts
});

/**
 * Slices across the seals of retired months: a walk judges a seal missing entries by whether it is
 * still within the retired stretch, and a slice must go on with the stretch where the last one left
 * it. Four seals of three entries: 2014-11 (retired), 2014-12-01 (within the stretch's month of
 * slack), then two of 2026.
 */
describe("walking the whole access log in slices past retired months", () => {
  const now = new Date("2026-12-15T12:00:00Z");
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  let checkpoint: CheckpointHead;

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_slices_retired", consentsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    const world = await buildAccessWorld(testDb.database.sql, 3);
    await testDb.database.sql.query(`SELECT access_log_ensure_partitions('2014-11-10T00:00:00Z')`);
    await readAndSeal(prisma, world, 1, "2014-11-10T10:00:00Z");
    await readAndSeal(prisma, world, 1, "2014-12-01T00:01:00Z");
    await readAndSeal(prisma, world, 2, now.toISOString());
    expect(await retireAccessLog(testDb.database.sql, { now })).toMatchObject([{ month: "2014-11-01", entries: 3 }]);
    const whole = await verifyAccessLog(prisma, { now });
    if (!whole.ok) throw new Error(`the log to checkpoint is broken: ${whole.reason}`);
    expect(whole).toMatchObject({ entries: 12, retired: 3, seals: 4 });
    checkpoint = { ...whole.head, entries: whole.entries, at: now.toISOString() };
  });

  afterAll(async () => {
    await testDb?.drop();
  });

  const slice = (cursor: WholeWalkCursor | null) => walkWholeLogSlice(prisma, checkpoint, cursor, { ...ONE_SEAL, now });
  const cursorAfter = (seals: number) => walkedToSeal(prisma, checkpoint, String(seals), now);

  it("excuses the retired entries in the stretch, and ends it where a walk in one go does", async () => {
    expect(await cursorAfter(1)).toMatchObject({
      seq: "1",
      retired: 3,
      inRetiredStretch: true,
      retiredEnd: "2014-12-01T00:00:00.000Z",
    });
    expect(await cursorAfter(2)).toMatchObject({ seq: "2", retired: 3, inRetiredStretch: true });
    const third = await cursorAfter(3);
    expect(third).toMatchObject({ seq: "3", inRetiredStretch: false });
    await expect(slice(third)).resolves.toMatchObject({ ok: true, cursor: null, entries: 12 });
  });

  it("does not excuse a seal past the stretch whose entries were all deleted, in the next slice", async () => {
    const third = await cursorAfter(3);
    const [fourth] = await testDb.database.sql.query<{ snapshot: string }>(
      `SELECT snapshot::text AS snapshot FROM access_log_seal WHERE seq = 4`,
    );
    const [before] = await testDb.database.sql.query<{ snapshot: string }>(
      `SELECT snapshot::text AS snapshot FROM access_log_seal WHERE seq = 3`,
    );
    // Every entry the fourth seal sealed: those its snapshot saw and the third's did not.
    await tamperWithLog(
      testDb.database.sql,
      `DELETE FROM access_log WHERE pg_visible_in_snapshot(write_xid, $1::pg_snapshot)
          AND NOT pg_visible_in_snapshot(write_xid, $2::pg_snapshot)`,
      [fourth!.snapshot, before!.snapshot],
    );
    await expect(slice(third)).resolves.toMatchObject({ ok: false, seq: "4", reason: "batch_changed" });
  });
});
