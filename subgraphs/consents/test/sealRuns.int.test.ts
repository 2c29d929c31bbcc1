import { createTestDatabase, type TestDatabase } from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { SEAL_COLUMNS, type SealRow } from "../src/access/accessLogSealer";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { readSealRun } from "../src/audit/sealRuns";
import { verifyAccessLog } from "../src/audit/verifyAccessLog";
import { readAndSeal } from "./sealedLog";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";
import { entryIdsInSealOrder, tamperWithLog } from "./logTampering";

/**
 * Verify reads the entries of a run of small seals in one statement (sealRuns.ts), a larger seal page
 * by page (digestBatch): five seals of three entries each, walked with runs of every size, must give
 * the same verdict, whatever was done to the log.
 */
describe("verify's runs of seals", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  let world: AccessWorld;

  beforeEach(async () => {
    testDb = await createTestDatabase("consents_seal_runs", consentsSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
    world = await buildAccessWorld(testDb.database.sql, 3);
    await readAndSeal(prisma, world, 5);
  });

  afterEach(async () => {
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  /** Every seal page by page (1: each seal claims more), one seal a run, two, a run of all (the default). */
  const runSizes = [1, 3, 6, undefined];
  const verdicts = () => Promise.all(runSizes.map((runEntries) => verifyAccessLog(prisma, { runEntries })));
  const tamper = (statement: string, params: unknown[] = []) => tamperWithLog(testDb.database.sql, statement, params);

  it("walks an intact log to the same head, whatever the runs", async () => {
    const results = await verdicts();
    expect(results[0]).toMatchObject({ ok: true, entries: 15, checked: 15, seals: 5 });
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it("finds an entry copied into a sealed batch (same transaction, a later id), though the copy's hash is its original's", async () => {
    const ids = await entryIdsInSealOrder(testDb.database.sql);
    // The last entry of the third seal, copied whole: it sorts after every entry of that batch.
    await tamper(
      `INSERT INTO access_log (at, context_id, client_id, items, hash, write_xid)
       SELECT at, context_id, client_id, items, hash, write_xid FROM access_log WHERE id = $1::bigint`,
      [ids[8]],
    );
    for (const result of await verdicts()) expect(result).toMatchObject({ ok: false, seq: "3", reason: "batch_changed" });
    // Which entries a run reads of a seal holding more than it claims is up to the plan: it reads one
    // more than claimed, so that the batch shows as changed whichever it leaves out.
    const seals = await prisma.$queryRaw<SealRow[]>`SELECT ${SEAL_COLUMNS} FROM access_log_seal ORDER BY access_log_seal.seq`;
    const run = await readSealRun(prisma, seals.slice(2), seals[1]!.snapshot);
    expect(run.get("3")).toHaveLength(4);
    expect(run.get("4")).toHaveLength(3);
    expect(run.get("5")).toHaveLength(3);
  });

  it("names an edited entry of a seal in the middle of a run", async () => {
    const ids = await entryIdsInSealOrder(testDb.database.sql);
    await tamper(`UPDATE access_log SET items = jsonb_set(items, '{0,2}', '"denied"') WHERE id = $1::bigint`, [ids[7]]);
    for (const result of await verdicts()) expect(result).toMatchObject({ ok: false, seq: ids[7], reason: "altered" });
  });

  it("finds the hashes of two entries of one batch swapped", async () => {
    const ids = await entryIdsInSealOrder(testDb.database.sql);
    await tamper(
      `UPDATE access_log SET hash = CASE id WHEN $1::bigint THEN (SELECT hash FROM access_log WHERE id = $2::bigint)
                                              ELSE (SELECT hash FROM access_log WHERE id = $1::bigint) END
        WHERE id IN ($1::bigint, $2::bigint)`,
      [ids[3], ids[4]],
    );
    for (const result of await verdicts()) expect(result).toMatchObject({ ok: false, reason: "altered" });
  });

  it("names a seal whose snapshot was edited where its link breaks, not at a seal before it whose entries it would take", async () => {
    // Seen by no snapshot, the first two seals' entries would fall to the fourth in a run that took the third.
    await tamper(`UPDATE access_log_seal SET snapshot = '1:1:' WHERE seq = 3`);
    for (const result of await verdicts()) expect(result).toMatchObject({ ok: false, seq: "3", reason: "unlinked" });
  });

  it("finds a seal's batch emptied by moving its entries past the last seal", async () => {
    const ids = await entryIdsInSealOrder(testDb.database.sql);
    await tamper(
      `UPDATE access_log SET write_xid = pg_current_xact_id() WHERE id IN ($1::bigint, $2::bigint, $3::bigint)`,
      ids.slice(12, 15),
    );
    for (const result of await verdicts()) expect(result).toMatchObject({ ok: false, seq: "5", reason: "batch_changed" });
  });
});
