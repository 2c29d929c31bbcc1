import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { foundationPolicy, todayIn, type AccessRequest, type Viewer } from "@silta/kernel";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { fitSubgraph } from "../src";
import { createPrisma } from "../src/data/db";
import { importFile } from "../src/import/importFile";
import type { RejectedRow } from "../src/import/importPipeline";
import { openFitAdapter } from "../src/import/openFitAdapter";
import { csvOf, firstError, importMutation, type ImportRow } from "./fitHelpers";

interface ImportData {
  importFitSessions: {
    committed: boolean;
    rowsRead: number;
    rowsRejected: number;
    episodes: Record<string, number>;
    sessions: Record<string, number>;
    measurements: Record<string, number>;
    rejections: { line: number; field: string; rule: string }[];
  };
}

describe("importing OpenFIT exports and reporting outcomes", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  const county = randomUUID();
  const worker = professional(county);
  const manager = professional(county, { roles: ["manager"] });
  const [teamA, teamB, unitA, unitB, p1, p2] = [
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
  ];
  const clients: string[] = Array.from({ length: 7 }, () => randomUUID());
  /** Rows of the import tests belong elsewhere, so the report fixture stays as computed by hand. */
  const elsewhere = {
    team_id: randomUUID(),
    unit_id: randomUUID(),
    owner_professional_id: randomUUID(),
    professional_id: randomUUID(),
  };

  /** The clients of each decision the subgraph asked, in order (the test policy's). */
  const decided: string[][] = [];
  const policy = foundationPolicy({ controllerOrganizationIds: new Set([county]) });

  beforeAll(async () => {
    testDb = await createTestDatabase("fit_import", fitSubgraph.migrationsDir);
    harness = await startSubgraph(fitSubgraph, testDb.database, {
      controllerOrganizationIds: [county],
      accessPolicy: {
        decide: (viewer: Viewer, requests: AccessRequest[]) => {
          decided.push(requests.map((request) => request.clientId));
          return policy.decide(viewer, requests);
        },
      },
    });
  });
  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const count = async (table: string, where = "true", params: unknown[] = []) =>
    (await testDb.database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0]!.n;
  const importCsv = (rows: ImportRow[], skipInvalid = false) =>
    harness.query<ImportData>(importMutation, { input: { format: "CSV", content: csvOf(rows), skipInvalid } }, worker);

  /**
   * The report fixture (period 2026-01-01..2026-06-30). Team A: five clients, one episode each.
   *  E1: 2025-12-15 ORS 18 SRS 39 (before the period), 02-01 ORS 20 SRS 38, 03-01 ORS 26 SRS 36.5
   *  E2: 02-02 ORS 30 SRS 39, 03-02 ORS 24 SRS 39            E3: 02-03 ORS 15 SRS 35, 03-03 ORS 17 SRS 37
   *  E4: 02-04 ORS 22 SRS 40, closed unplanned 03-15         E5: 02-05 both skipped, 03-05 ORS 28 SRS 38
   * Team B: two clients with one session each (suppressed).
   */
  function fixture(): ImportRow[] {
    const row = (
      episode: number,
      session: string,
      date: string,
      ors: number | null,
      srs: number | null,
      extra: ImportRow = {},
    ): ImportRow => {
      const inA = episode <= 5;
      return {
        episode_id: `E${episode}-${teamA}`,
        client_id: clients[episode - 1]!,
        client_birth_date: "1980-06-01",
        owner_professional_id: episode <= 3 || !inA ? p1 : p2,
        team_id: inA ? teamA : teamB,
        unit_id: inA ? unitA : unitB,
        organization_id: county,
        service: "family_counselling",
        episode_start: "2025-12-01",
        session_id: `S-${episode}-${session}-${teamA}`,
        session_date: date,
        session_mode: "face_to_face",
        professional_id: episode <= 3 || !inA ? p1 : p2,
        rater: "client",
        outcome_instrument: "ORS",
        ...(ors === null ? { outcome_skipped: "true", outcome_skip_reason: "late arrival" } : { outcome_total: ors }),
        rating_instrument: "SRS",
        ...(srs === null ? { rating_skipped: "true" } : { rating_total: srs }),
        ...extra,
      };
    };
    const closed = { episode_end: "2026-03-15", episode_closure: "dropout" };
    return [
      row(1, "0", "2025-12-15", 18, 39),
      row(1, "1", "2026-02-01", 20, 38),
      row(1, "2", "2026-03-01", 26, 36.5),
      row(2, "1", "2026-02-02", 30, 39),
      row(2, "2", "2026-03-02", 24, 39),
      row(3, "1", "2026-02-03", 15, 35),
      row(3, "2", "2026-03-03", 17, 37),
      row(4, "1", "2026-02-04", 22, 40, closed),
      row(5, "1", "2026-02-05", null, null),
      row(5, "2", "2026-03-05", 28, 38),
      row(6, "1", "2026-02-01", 10, 30),
      row(7, "1", "2026-02-01", 12, 31),
    ];
  }

  describe("import", () => {
    it("imports a file, and importing it again changes nothing and announces nothing", async () => {
      const first = await importCsv(fixture());
      expect(first.errors).toBeUndefined();
      expect(first.data?.importFitSessions).toMatchObject({
        committed: true,
        rowsRead: 12,
        rowsRejected: 0,
        episodes: { inserted: 7, updated: 0, unchanged: 0 },
        sessions: { inserted: 12, updated: 0, unchanged: 0 },
        measurements: { inserted: 24, updated: 0, unchanged: 0 },
        rejections: [],
      });
      const events = await count("outbox_event");
      // Training learns who measured from these: one per professional and day with a scored measure.
      const measuringDays = await testDb.database.sql.query<{ n: number }>(
        `SELECT count(DISTINCT (s.professional_id, s.held_on))::int AS n FROM fit_session s
          WHERE EXISTS (SELECT 1 FROM measurement m WHERE m.session_id = s.id AND m.skip_reason IS NULL)`,
      );
      expect(measuringDays[0]!.n).toBeGreaterThan(0);
      expect(await count("outbox_event", "type = 'fit.measurement_recorded'")).toBe(measuringDays[0]!.n);
      // A batch's events are written together (recordEvents), each still with its own version: a
      // professional's events number consecutively in outbox order.
      const numbering = await testDb.database.sql.query<{ professional: string; versions: number[] }>(
        `SELECT aggregate_id AS professional, array_agg(aggregate_version ORDER BY id) AS versions FROM outbox_event
          WHERE type = 'fit.measurement_recorded' GROUP BY aggregate_id`,
      );
      expect(numbering.some(({ versions }) => versions.length > 1)).toBe(true);
      for (const { versions } of numbering) expect(versions).toEqual(versions.map((_, index) => versions[0]! + index));
      const snapshot = await testDb.database.sql.query(`SELECT * FROM measurement ORDER BY id`);
      const again = await importCsv(fixture());
      expect(again.data?.importFitSessions).toMatchObject({
        committed: true,
        episodes: { inserted: 0, updated: 0, unchanged: 7 },
        sessions: { inserted: 0, updated: 0, unchanged: 12 },
        measurements: { inserted: 0, updated: 0, unchanged: 24 },
      });
      expect(await count("outbox_event")).toBe(events);
      expect(await testDb.database.sql.query(`SELECT * FROM measurement ORDER BY id`)).toEqual(snapshot);
    });

    it("imports nothing from a file with a bad row, and lists every rejected row with line, field and rule", async () => {
      const base = fixture()[0]!;
      const good = { ...base, ...elsewhere, episode_id: "bad-file", session_id: "bad-file-1", client_id: randomUUID() };
      const rows: ImportRow[] = [
        good,
        { ...good, session_id: "bad-file-2", outcome_total: undefined, outcome_item1: 5, outcome_item2: 5, outcome_item3: 5 },
        { ...good, session_id: "bad-file-3", rating_total: 40.5 },
        { ...good, session_id: "bad-file-4", session_date: "2025-11-30" },
        { ...good, session_id: "bad-file-5", client_id: "not-a-uuid" },
        {
          ...good,
          session_id: "bad-file-6",
          outcome_item1: 5,
          outcome_item2: 5,
          outcome_item3: 5,
          outcome_item4: 5,
          outcome_total: 21,
        },
        { ...good, session_id: "bad-file-7", outcome_instrument: "CORS" },
        { ...good, session_id: "bad-file-8", session_date: "2099-01-01" },
      ];
      const strict = await importCsv(rows);
      expect(strict.data?.importFitSessions).toMatchObject({ committed: false, rowsRead: 8, rowsRejected: 7 });
      expect(strict.data?.importFitSessions.rejections).toEqual([
        { line: 3, field: "outcome_item4", rule: "four_items" },
        { line: 4, field: "rating_total", rule: "total_range" },
        { line: 5, field: "session_date", rule: "before_episode" },
        { line: 6, field: "client_id", rule: "uuid" },
        { line: 7, field: "outcome_total", rule: "total_mismatch" },
        { line: 8, field: "outcome_instrument", rule: "instrument_age" },
        { line: 9, field: "session_date", rule: "future" },
      ]);
      expect(await count("episode", "client_id = $1", [good.client_id])).toBe(0);

      const lenient = await importCsv(rows, true);
      expect(lenient.data?.importFitSessions).toMatchObject({ committed: true, rowsRejected: 7, sessions: { inserted: 1 } });
      expect(await count("measurement", "client_id = $1", [good.client_id])).toBe(2);
    });

    it("imports JSON too, tags imported ETR values with their source and version, and refuses clients without a basis", async () => {
      const clientId = randomUUID();
      const json = JSON.stringify([
        {
          ...fixture()[1],
          ...elsewhere,
          episode_id: "json-1",
          session_id: "json-1-1",
          client_id: clientId,
          etr_target: 24.5,
          etr_status: "green",
          effect_size: 0.8,
          app_version: "3.2",
        },
      ]);
      const response = await harness.query<ImportData>(importMutation, { input: { format: "JSON", content: json } }, worker);
      expect(response.data?.importFitSessions).toMatchObject({ committed: true, measurements: { inserted: 2 } });
      const [ors] = await testDb.database.sql.query(
        `SELECT etr_target::float8 AS etr, etr_status AS status, effect_size::float8 AS effect, imported_source AS source, imported_source_version AS version
         FROM measurement WHERE client_id = $1 AND instrument = 'ORS'`,
        [clientId],
      );
      expect(ors).toEqual({ etr: 24.5, status: "green", effect: 0.8, source: "openfit", version: "3.2" });

      const outsider = await harness.query<ImportData>(
        importMutation,
        { input: { format: "JSON", content: json.replaceAll("json-1", "json-2") } },
        professional(randomUUID()),
      );
      expect(outsider.data?.importFitSessions).toMatchObject({
        committed: false,
        rejections: [{ line: 1, field: "client_id", rule: "forbidden" }],
      });
    });

    it("imports a file from disk by streaming it, with the same idempotence", async () => {
      const folder = await mkdtemp(join(tmpdir(), "fit-import-"));
      try {
        const path = join(folder, "export.csv");
        const clientId = randomUUID();
        await writeFile(
          path,
          csvOf([{ ...fixture()[2]!, ...elsewhere, episode_id: "file-1", session_id: "file-1-1", client_id: clientId }]),
        );
        const rejected: RejectedRow[] = [];
        const options = {
          adapter: openFitAdapter,
          skipInvalid: false,
          today: todayIn("Europe/Helsinki"),
          actorId: "test",
          onReject: (r: RejectedRow) => rejected.push(r),
        };
        const prisma = createPrisma(testDb.database);
        const first = await importFile(prisma, path, "csv", options);
        const second = await importFile(prisma, path, "csv", options).finally(() => prisma.$disconnect());
        expect([first.measurements.inserted, second.measurements.inserted, second.measurements.unchanged]).toEqual([2, 0, 2]);
        expect(rejected).toEqual([]);
      } finally {
        await rm(folder, { recursive: true });
      }
    });
  });

  describe("reports", () => {
    const reportQuery = `query ($d: FitReportDimension!) { fitOutcomeReport(dimension: $d, from: "2026-01-01", to: "2026-06-30") {
      groupKey suppressed clientsMeasured episodesMeasured sessions sessionsWithMeasures sessionsWithoutMeasures
      averageIntakeOrs averageLatestOrs averageIntakeSrs averageLatestSrs shareReliablyImproved shareReliablyDeteriorated
      shareRecovered shareDropout shareSessionsWithSrsAlert } }`;

    it("gives the hand-computed figures per team and suppresses a team of fewer than 5 clients", async () => {
      const response = await harness.query<{ fitOutcomeReport: Record<string, unknown>[] }>(reportQuery, { d: "TEAM" }, manager);
      expect(response.errors).toBeUndefined();
      const rows = response.data!.fitOutcomeReport.filter((row) => row["groupKey"] === teamA || row["groupKey"] === teamB);
      expect(rows.find((row) => row["groupKey"] === teamA)).toEqual({
        groupKey: teamA,
        suppressed: false,
        clientsMeasured: 5,
        episodesMeasured: 5,
        sessions: 9,
        sessionsWithMeasures: 8,
        sessionsWithoutMeasures: 1,
        averageIntakeOrs: 22.6, // (18 + 30 + 15 + 22 + 28) / 5: E1's intake is before the period
        averageLatestOrs: 23.4, // (26 + 24 + 17 + 22 + 28) / 5
        averageIntakeSrs: 38.2, // (39 + 39 + 35 + 40 + 38) / 5: E5's first scored rating is its second session
        averageLatestSrs: 38.1, // (36.5 + 39 + 37 + 40 + 38) / 5
        shareReliablyImproved: 0.3333, // E1 (+8) of E1, E2, E3 (the episodes with a change)
        shareReliablyDeteriorated: 0.3333, // E2 (-6)
        shareRecovered: 0.5, // E1 (18 -> 26) of E1 and E3 (clinical at intake, scored again)
        shareDropout: 1, // E4, the one episode closed in the period
        shareSessionsWithSrsAlert: 0.375, // E1 38 (drop of 1) and 36.5 (drop), E3 35, of 8 rated sessions
      });
      expect(rows.find((row) => row["groupKey"] === teamB)).toEqual({
        groupKey: teamB,
        suppressed: true,
        ...Object.fromEntries(
          Object.keys(rows[0]!)
            .filter((key) => key !== "groupKey" && key !== "suppressed")
            .map((key) => [key, null]),
        ),
      });
    });

    it("counts OpenFIT users per unit and month", async () => {
      const response = await harness.query<{ fitUsers: { unitId: string; month: string; users: number }[] }>(
        `{ fitUsers(from: "2026-01-01", to: "2026-06-30") { unitId month users } }`,
        {},
        manager,
      );
      const mine = response.data?.fitUsers.filter((row) => row.unitId === unitA || row.unitId === unitB) ?? [];
      expect(mine).toHaveLength(3);
      expect(mine).toEqual(
        expect.arrayContaining([
          { unitId: unitA, month: "2026-02", users: 2 },
          { unitId: unitA, month: "2026-03", users: 2 },
          { unitId: unitB, month: "2026-02", users: 1 },
        ]),
      );
    });

    it("keeps reports from professionals without a management role, and refuses a period that ends before it starts", async () => {
      expect(firstError(await harness.query(reportQuery, { d: "UNIT" }, worker))[0]).toBe("FORBIDDEN");
      const backwards = await harness.query(
        `{ fitOutcomeReport(dimension: SERVICE, from: "2026-02-01", to: "2026-01-01") { groupKey } }`,
        {},
        manager,
      );
      expect(firstError(backwards)).toEqual(["BAD_USER_INPUT", "to", "before_from"]);
    });

    it("lists a professional's clients whose latest session has an SRS alert or a reliable deterioration", async () => {
      const query = `query ($p: ID) { fitAlerts(professionalId: $p) { client { id } heldOn srsAlert reliableDeterioration episode { id } } }`;
      const response = await harness.query<{
        fitAlerts: { client: { id: string }; heldOn: string; srsAlert: boolean; reliableDeterioration: boolean }[];
      }>(query, { p: p1 }, professional(county, { id: p1 }));
      expect(response.errors).toBeUndefined();
      // E1's latest (03-01): SRS 36.5 after 38; E2's latest (03-02): ORS -6; E6 and E7: SRS 30 and 31. E3's latest has neither.
      expect(
        response.data?.fitAlerts
          .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || clients.indexOf(a.client.id) - clients.indexOf(b.client.id))
          .map((alert) => [clients.indexOf(alert.client.id) + 1, alert.heldOn, alert.srsAlert, alert.reliableDeterioration]),
      ).toEqual([
        [2, "2026-03-02", false, true],
        [1, "2026-03-01", true, false],
        [6, "2026-02-01", true, false],
        [7, "2026-02-01", true, false],
      ]);
      expect(firstError(await harness.query(query, { p: p1 }, worker))[0]).toBe("FORBIDDEN");
    });

    it("logs the alerts' clients it shows, and none it leaves out", async () => {
      const query = `query ($p: ID) { fitAlerts(professionalId: $p) { client { id } heldOn } }`;
      const logged = async (viewer: Viewer) => {
        const before = harness.accessLog.length;
        const response = await harness.query<{ fitAlerts: { client: { id: string } }[] }>(query, { p: p1 }, viewer);
        expect(response.errors).toBeUndefined();
        const entries = harness.accessLog.slice(before).map((entry) => [entry.clientId, entry.category, entry.outcome]);
        return { shown: response.data!.fitAlerts.map((alert) => alert.client.id), entries };
      };
      const own = await logged(professional(county, { id: p1 }));
      expect(own.shown).toHaveLength(4);
      expect(own.entries.sort()).toEqual(own.shown.map((id) => [id, "fit", "allowed"]).sort());
      // A manager of an organisation with no basis for these clients: nothing shown, nothing logged.
      const outsider = await logged(professional(randomUUID(), { roles: ["manager"] }));
      expect(outsider).toEqual({ shown: [], entries: [] });
    });

    it("asks one decision whether the professional's alerts are all hidden from the manager or there are none", async () => {
      const query = `query ($p: ID) { fitAlerts(professionalId: $p) { client { id } } }`;
      const outsider = professional(randomUUID(), { roles: ["manager"] });
      const asked = async (professionalId: string) => {
        decided.length = 0;
        const response = await harness.query<{ fitAlerts: unknown[] }>(query, { p: professionalId }, outsider);
        expect(response.data?.fitAlerts).toEqual([]);
        return decided.map((clients) => clients.length);
      };
      const hiddenAlerts = await asked(p1);
      const noAlerts = await asked(randomUUID());
      // The four hidden clients in one decision; for none, one stand-in id nobody has.
      expect(hiddenAlerts).toEqual([4]);
      expect(noAlerts).toEqual([1]);
    });
  });
});
