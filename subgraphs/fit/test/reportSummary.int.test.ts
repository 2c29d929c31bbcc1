import { randomUUID } from "node:crypto";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { fitSubgraph } from "../src";
import { createPrisma, type PrismaClient } from "../src/data/db";
import { refreshSessionSummaries } from "../src/data/summaryStore";
import { stableId } from "../src/import/stableId";
import { csvOf, importMutation, type ImportRow } from "./fitHelpers";

/**
 * The report reads per-session summary rows that the hub keeps at write time. These tests change an
 * episode after its summaries exist (a late session, a corrected score, a closure) and check the report
 * against figures computed by hand after each change, and the stored summaries against a rebuild.
 */
describe("the outcome report's session summaries stay correct as episodes change", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let prisma: PrismaClient;
  const county = randomUUID();
  const worker = professional(county);
  const manager = professional(county, { roles: ["manager"] });
  const team = randomUUID();
  const unit = randomUUID();
  const clinician = randomUUID();
  const clients = Array.from({ length: 5 }, () => randomUUID());
  const episodeKey = (episode: number) => `E${episode}-${team}`;
  const episodeId = (episode: number) => stableId(`openfit:episode:${episodeKey(episode)}`);

  const row = (episode: number, session: string, date: string, ors: number, srs: number): ImportRow => ({
    episode_id: episodeKey(episode),
    client_id: clients[episode - 1]!,
    client_birth_date: "1980-06-01",
    owner_professional_id: clinician,
    team_id: team,
    unit_id: unit,
    organization_id: county,
    service: "family_counselling",
    episode_start: "2025-12-01",
    session_id: `S-${episode}-${session}-${team}`,
    session_date: date,
    session_mode: "face_to_face",
    professional_id: clinician,
    rater: "client",
    outcome_instrument: "ORS",
    outcome_total: ors,
    rating_instrument: "SRS",
    rating_total: srs,
  });
  const importRows = async (rows: ImportRow[]) => {
    const response = await harness.query<{ importFitSessions: { committed: boolean } }>(
      importMutation,
      { input: { format: "CSV", content: csvOf(rows), skipInvalid: false } },
      worker,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.importFitSessions.committed).toBe(true);
  };
  const report = async () => {
    const response = await harness.query<{ fitOutcomeReport: Record<string, unknown>[] }>(
      `{ fitOutcomeReport(dimension: TEAM, from: "2026-01-01", to: "2026-06-30") {
          groupKey clientsMeasured episodesMeasured sessions sessionsWithMeasures averageIntakeOrs averageLatestOrs
          averageIntakeSrs averageLatestSrs shareReliablyImproved shareReliablyDeteriorated shareRecovered shareDropout
          shareSessionsWithSrsAlert } }`,
      {},
      manager,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.fitOutcomeReport.find((group) => group["groupKey"] === team);
  };
  /** The stored summaries must equal a rebuild from scratch: what incremental upkeep got to is what a fresh start gives. */
  const expectSummariesAsRebuilt = async () => {
    const { sql } = testDb.database;
    const episodes = clients.map((_, index) => episodeId(index + 1));
    const read = () =>
      sql.query(`SELECT * FROM fit_session_summary WHERE episode_id = ANY($1::uuid[]) ORDER BY session_id`, [episodes]);
    const kept = await read();
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`DELETE FROM fit_session_summary WHERE episode_id = ANY(${episodes}::uuid[])`;
      await refreshSessionSummaries(tx, episodes);
    });
    expect(await read()).toEqual(kept);
  };

  beforeAll(async () => {
    testDb = await createTestDatabase("fit_summary", fitSubgraph.migrationsDir);
    harness = await startSubgraph(fitSubgraph, testDb.database, { controllerOrganizationIds: [county] });
    prisma = createPrisma(testDb.database);
    // E1: 20 -> 26 (+6), E2: 30 -> 24 (-6), E3: 15, E4: 22, E5: 28; SRS 38/38, 39/39, 35, 40, 38.
    await importRows([
      row(1, "1", "2026-02-01", 20, 38),
      row(1, "2", "2026-03-01", 26, 38),
      row(2, "1", "2026-02-02", 30, 39),
      row(2, "2", "2026-03-02", 24, 39),
      row(3, "1", "2026-02-03", 15, 35),
      row(4, "1", "2026-02-04", 22, 40),
      row(5, "1", "2026-02-05", 28, 38),
    ]);
  });
  afterAll(async () => {
    await harness?.stop();
    await prisma?.$disconnect();
    await testDb?.drop();
  });

  it("gives the hand-computed figures for the first import", async () => {
    expect(await report()).toEqual({
      groupKey: team,
      clientsMeasured: 5,
      episodesMeasured: 5,
      sessions: 7,
      sessionsWithMeasures: 7,
      averageIntakeOrs: 23, // (20 + 30 + 15 + 22 + 28) / 5
      averageLatestOrs: 23, // (26 + 24 + 15 + 22 + 28) / 5
      averageIntakeSrs: 38, // (38 + 39 + 35 + 40 + 38) / 5
      averageLatestSrs: 38,
      shareReliablyImproved: 0.5, // E1 of E1 and E2
      shareReliablyDeteriorated: 0.5, // E2
      shareRecovered: 1, // E1 (20 -> 26) of E1 (clinical at intake and scored again)
      shareDropout: null, // nothing closed
      shareSessionsWithSrsAlert: 0.1429, // E3's 35 of 7 rated sessions
    });
    await expectSummariesAsRebuilt();
  });

  it("recomputes an episode's summaries when a session is recorded late, before its first one", async () => {
    // E3 gets an earlier session (ORS 10, SRS 37): the intake becomes 10, the 15 a change of exactly +5.
    await importRows([row(3, "0", "2026-01-20", 10, 37)]);
    expect(await report()).toMatchObject({
      sessions: 8,
      sessionsWithMeasures: 8,
      averageIntakeOrs: 22, // (20 + 30 + 10 + 22 + 28) / 5
      averageLatestOrs: 23,
      averageIntakeSrs: 38.4, // (38 + 39 + 37 + 40 + 38) / 5
      averageLatestSrs: 38,
      shareReliablyImproved: 0.6667, // E1 and E3 of E1, E2, E3
      shareReliablyDeteriorated: 0.3333, // E2
      shareRecovered: 0.5, // E1 of E1 and E3 (10 -> 15, still clinical)
      shareSessionsWithSrsAlert: 0.125, // E3's 35 (below 36, a drop of 2) of 8 rated sessions
    });
    await expectSummariesAsRebuilt();
  });

  it("follows a corrected score", async () => {
    // E2's second ORS was 24 and is corrected to 32: +2 from intake, no reliable change.
    await importRows([row(2, "2", "2026-03-02", 32, 39)]);
    expect(await report()).toMatchObject({
      sessions: 8,
      averageIntakeOrs: 22,
      averageLatestOrs: 24.6, // (26 + 32 + 15 + 22 + 28) / 5
      shareReliablyImproved: 0.6667, // E1 and E3
      shareReliablyDeteriorated: 0, // nobody
      shareRecovered: 0.5,
    });
    await expectSummariesAsRebuilt();
  });

  it("counts closures in the period: one dropout of two episodes closed", async () => {
    const close = (episode: number, endedOn: string, closure: string) =>
      harness.query(
        `mutation ($input: CloseFitEpisodeInput!) { closeFitEpisode(input: $input) { endedOn closure } }`,
        { input: { id: episodeId(episode), endedOn, closure } },
        worker,
      );
    expect((await close(4, "2026-03-15", "UNPLANNED")).errors).toBeUndefined();
    expect((await close(5, "2026-03-20", "PLANNED")).errors).toBeUndefined();
    expect(await report()).toMatchObject({ clientsMeasured: 5, episodesMeasured: 5, sessions: 8, shareDropout: 0.5 });
    await expectSummariesAsRebuilt();
  });
});
