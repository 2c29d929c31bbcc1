import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { promisify } from "node:util";
import { todayIn, type Sql } from "@silta/kernel";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "@silta/testkit";
import { fitSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { importRows, type ImportReport } from "../src/import/importPipeline";
import { openFitAdapter } from "../src/import/openFitAdapter";
import { csvRows } from "../src/import/readers";
import { csvOf, type ImportRow } from "./fitHelpers";

/** Small batches, so that batch boundaries fall inside episodes and inside sessions. */
const BATCH_SIZE = 7;

/**
 * A file of `episodes` episodes of 3 sessions each; every second session rated by the client and a
 * parent (two rows), each row an ORS given as items and an SRS given as a total (two measurements).
 */
function exportOf(prefix: string, episodes: number, people: { team: string; professional: string }): ImportRow[] {
  const rows: ImportRow[] = [];
  for (let e = 0; e < episodes; e += 1) {
    const client = randomUUID();
    for (let s = 0; s < 3; s += 1) {
      for (const rater of s % 2 === 0 ? ["client", "parent"] : ["client"]) {
        rows.push({
          episode_id: `${prefix}-${e}`,
          client_id: client,
          client_birth_date: "1985-03-01",
          owner_professional_id: people.professional,
          team_id: people.team,
          service: "family-work",
          episode_start: "2025-01-01",
          session_id: `${prefix}-${e}-${s}`,
          session_date: `2025-0${s + 1}-1${e % 10}`,
          session_mode: "face_to_face",
          professional_id: people.professional,
          rater,
          rater_relation: rater === "parent" ? "mother" : undefined,
          outcome_instrument: "ORS",
          outcome_item1: (4 + s).toFixed(1),
          outcome_item2: "5.0",
          outcome_item3: "5.5",
          outcome_item4: (6 + (e % 3)).toFixed(1),
          rating_instrument: "SRS",
          rating_total: "36.0",
        });
      }
    }
  }
  return rows;
}

/** What the database holds of one team's import: the columns the files below change, by id. */
async function snapshot(sql: Sql, team: string) {
  const rows = async (text: string) =>
    new Map((await sql.query<{ id: string; value: string }>(text, [team])).map((row) => [row.id, row.value]));
  return {
    episodes: await rows(`SELECT id::text AS id, coalesce(service, '') AS value FROM episode WHERE team_id = $1`),
    sessions: await rows(
      `SELECT s.id::text AS id, s.mode::text AS value FROM fit_session s JOIN episode e ON e.id = s.episode_id WHERE e.team_id = $1`,
    ),
    measurements: await rows(
      `SELECT m.id::text AS id, concat_ws('|', m.total, m.items::text) AS value
         FROM measurement m JOIN episode e ON e.id = m.episode_id WHERE e.team_id = $1`,
    ),
    derived: await rows(
      `SELECT m.id::text AS id, concat_ws('|', m.clinical, m.cutoff, m.change_from_intake, m.reliable_change, m.srs_alert, m.config_version) AS value
         FROM measurement m JOIN episode e ON e.id = m.episode_id WHERE e.team_id = $1`,
    ),
  };
}

/** The database's own count of what changed between two snapshots, per kind. */
function changesBetween(before: Map<string, string>, after: Map<string, string>) {
  const inserted = [...after.keys()].filter((id) => !before.has(id)).length;
  const updated = [...after].filter(([id, value]) => before.has(id) && before.get(id) !== value).length;
  return { inserted, updated };
}

/** Distinct episodes, sessions and measurements the rows name (2 measurements a row, one per instrument). */
function named(rows: ImportRow[]) {
  return {
    episodes: new Set(rows.map((row) => row.episode_id)).size,
    sessions: new Set(rows.map((row) => row.session_id)).size,
    measurements: new Set(rows.map((row) => `${row.session_id}|${row.rater}`)).size * 2,
  };
}

describe("the FIT import summary adds up to what the database shows", () => {
  let testDb: TestDatabase;
  let prisma: PrismaClient;
  beforeAll(async () => {
    testDb = await createTestDatabase("fit_import_counts", fitSubgraph.migrationsDir);
    prisma = createPrisma(testDb.database);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  const importCsv = (rows: ImportRow[], skipInvalid: boolean): Promise<ImportReport> =>
    importRows(prisma, csvRows(Readable.from([csvOf(rows)])), {
      adapter: openFitAdapter,
      skipInvalid,
      today: todayIn("Europe/Helsinki"),
      actorId: "test",
      batchSize: BATCH_SIZE,
      onReject: () => undefined,
    });

  it("counts each episode, session and measurement once when batches split them, with bad rows skipped", async () => {
    const people = { team: randomUUID(), professional: randomUUID() };
    const rows = exportOf(randomUUID(), 12, people);
    // Bad rows (an item above 10) here and there: the third row of every seventh.
    const bad = new Set(rows.map((_, i) => i).filter((i) => i % 7 === 3));
    const file = rows.map((row, i) => (bad.has(i) ? { ...row, outcome_item2: "12.0" } : row));
    const good = rows.filter((_, i) => !bad.has(i));

    const report = await importCsv(file, true);
    const after = await snapshot(testDb.database.sql, people.team);
    const expected = named(good);
    expect(report).toMatchObject({ committed: true, rowsRead: rows.length, rowsRejected: bad.size });
    expect(report.episodes).toEqual({ inserted: after.episodes.size, updated: 0, unchanged: 0 });
    expect(report.sessions).toEqual({ inserted: after.sessions.size, updated: 0, unchanged: 0 });
    expect(report.measurements).toEqual({ inserted: after.measurements.size, updated: 0, unchanged: 0 });
    expect([after.episodes.size, after.sessions.size, after.measurements.size]).toEqual([
      expected.episodes,
      expected.sessions,
      expected.measurements,
    ]);
    expect(report.derivedUpdated).toBe([...after.derived.values()].filter((value) => value !== "").length);
  });

  it("tells inserted, updated and unchanged apart on a corrected export, each row once, as the database shows", async () => {
    const people = { team: randomUUID(), professional: randomUUID() };
    const prefix = randomUUID();
    const first = exportOf(prefix, 10, people);
    await importCsv(first, false);
    const before = await snapshot(testDb.database.sql, people.team);

    // The corrected export: two episodes of another service (all their rows), one session by phone
    // (both its rows), one score corrected, and two episodes more.
    const corrected = [...first, ...exportOf(`${prefix}-more`, 2, people)].map((row) => {
      let changed: ImportRow = row;
      if (row.episode_id === `${prefix}-1` || row.episode_id === `${prefix}-4`) changed = { ...changed, service: "youth-work" };
      if (row.session_id === `${prefix}-2-0`) changed = { ...changed, session_mode: "phone" };
      if (row.session_id === `${prefix}-7-1`) changed = { ...changed, rating_total: "31.5" };
      return changed;
    });
    const report = await importCsv(corrected, false);
    const after = await snapshot(testDb.database.sql, people.team);
    const expected = named(corrected);

    for (const kind of ["episodes", "sessions", "measurements"] as const) {
      const { inserted, updated } = changesBetween(before[kind], after[kind]);
      expect({ kind, ...report[kind] }).toEqual({ kind, inserted, updated, unchanged: expected[kind] - inserted - updated });
    }
    expect(report.episodes).toEqual({ inserted: 2, updated: 2, unchanged: 8 });
    expect(report.sessions).toEqual({ inserted: 6, updated: 1, unchanged: 29 });
    expect(report.measurements.updated).toBe(1);
    expect(report.derivedUpdated).toBe(
      changesBetween(before.derived, after.derived).updated + after.derived.size - before.derived.size,
    );
  });

  it("reports nothing written when a bad row stops the import, and the database shows nothing", async () => {
    const people = { team: randomUUID(), professional: randomUUID() };
    const rows = exportOf(randomUUID(), 4, people);
    rows[9] = { ...rows[9]!, outcome_item1: "11.0" };
    const report = await importCsv(rows, false);
    const zero = { inserted: 0, updated: 0, unchanged: 0 };
    expect(report).toMatchObject({ committed: false, rowsRejected: 1, episodes: zero, sessions: zero, measurements: zero });
    expect(report.derivedUpdated).toBe(0);
    expect((await snapshot(testDb.database.sql, people.team)).episodes.size).toBe(0);
  });

  it("npx tsx subgraphs/fit/src/import/main.ts --skip-invalid --batch-size 7 prints a summary the database agrees with", async () => {
    const folder = await mkdtemp(join(tmpdir(), "fit-import-command-"));
    try {
      const people = { team: randomUUID(), professional: randomUUID() };
      const rows = exportOf(randomUUID(), 6, people);
      rows[4] = { ...rows[4]!, rating_total: "41.0" };
      const path = join(folder, "export.csv");
      await writeFile(path, csvOf(rows));
      const env = { ...process.env, DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: testDb.database.schema };
      const { stdout } = await promisify(execFile)(
        "npx",
        ["tsx", "subgraphs/fit/src/import/main.ts", path, "--skip-invalid", "--batch-size", "7"],
        { cwd: join(__dirname, "..", "..", ".."), env },
      );
      expect(stdout).toMatch(/^rejected line 6: rating_total total_range: /m);
      const summary = JSON.parse(stdout.slice(stdout.search(/^\{/m))) as ImportReport;

      const after = await snapshot(testDb.database.sql, people.team);
      const expected = named(rows.filter((_, i) => i !== 4));
      expect(summary).toMatchObject({
        committed: true,
        rowsRead: rows.length,
        rowsRejected: 1,
        episodes: { inserted: after.episodes.size, updated: 0, unchanged: 0 },
        sessions: { inserted: after.sessions.size, updated: 0, unchanged: 0 },
        measurements: { inserted: after.measurements.size, updated: 0, unchanged: 0 },
      });
      expect([after.episodes.size, after.sessions.size, after.measurements.size]).toEqual([
        expected.episodes,
        expected.sessions,
        expected.measurements,
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
