import { randomUUID } from "node:crypto";
import {
  clientViewer,
  createTestDatabase,
  professional,
  startSubgraph,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { fitSubgraph } from "../src";
import { firstError, openEpisodeMutation, recordSessionMutation } from "./fitHelpers";

interface Derived {
  clinical: boolean | null;
  cutoff: number | null;
  changeFromIntake: number | null;
  reliableChange: string | null;
  srsAlert: boolean | null;
  configurationVersion: number;
}
interface SessionData {
  recordFitSession: {
    id: string;
    measurements: { instrument: string; total: number; items: number[] | null; derived: Derived }[];
    skipped: { instrument: string; reason: string }[];
  } | null;
}

describe("recording FIT episodes and sessions", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  const county = randomUUID();
  const worker = professional(county);
  const ownerId = "00000000-0000-4000-8000-0000000000a1";

  beforeAll(async () => {
    testDb = await createTestDatabase("fit_recording", fitSubgraph.migrationsDir);
    harness = await startSubgraph(fitSubgraph, testDb.database, { controllerOrganizationIds: [county] });
  });
  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const count = async (table: string, where = "true", params: unknown[] = []) =>
    (await testDb.database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0]!.n;

  async function openEpisode(overrides: Record<string, unknown> = {}): Promise<{ episodeId: string; clientId: string }> {
    const clientId = randomUUID();
    const episodeId = randomUUID();
    const response = await harness.query(
      openEpisodeMutation,
      {
        input: {
          id: episodeId,
          clientId,
          clientBirthDate: "1990-01-01",
          ownerProfessionalId: ownerId,
          startedOn: "2026-01-10",
          ...overrides,
        },
      },
      worker,
    );
    expect(response.errors).toBeUndefined();
    return { episodeId, clientId };
  }

  const record = (episodeId: string, heldOn: string, measurements: Record<string, unknown>[], id: string = randomUUID()) =>
    harness.query<SessionData>(
      recordSessionMutation,
      { input: { id, episodeId, heldOn, mode: "FACE_TO_FACE", measurements } },
      worker,
    );

  describe("validation: an error names the field and the rule, and nothing is stored", () => {
    let episodeId: string;
    beforeAll(async () => {
      ({ episodeId } = await openEpisode());
    });

    it.each([
      ["an item above 10.0", { instrument: "ORS", items: [10.1, 5, 5, 5] }, "input.measurements.0.items.0", "item_range"],
      ["an item below 0.0", { instrument: "ORS", items: [5, -0.1, 5, 5] }, "input.measurements.0.items.1", "item_range"],
      ["an item with two decimals", { instrument: "ORS", items: [5, 5, 5.55, 5] }, "input.measurements.0.items.2", "item_range"],
      ["a total alone above 40", { instrument: "ORS", total: 40.1 }, "input.measurements.0.total", "total_range"],
      ["a total alone below 0", { instrument: "SRS", total: -0.1 }, "input.measurements.0.total", "total_range"],
      [
        "items and a total that disagree",
        { instrument: "ORS", items: [5, 5, 5, 5], total: 20.1 },
        "input.measurements.0.total",
        "total_mismatch",
      ],
      ["partial items", { instrument: "ORS", items: [5, 5, 5] }, "input.measurements.0.items", "four_items"],
      ["no scores and no skip", { instrument: "ORS" }, "input.measurements.0.total", "scores_required"],
      [
        "a skip that carries scores",
        { instrument: "ORS", total: 20, skipReason: "no time" },
        "input.measurements.0.skipReason",
        "skipped_with_scores",
      ],
      [
        "a collateral rater without relation",
        { instrument: "ORS", total: 20, rater: "PARENT" },
        "input.measurements.0.raterRelation",
        "relation_required",
      ],
      [
        "a child's instrument for an adult, without a reason",
        { instrument: "CORS", total: 20 },
        "input.measurements.0.instrument",
        "instrument_age",
      ],
    ])("refuses %s", async (_name, measurement, field, rule) => {
      const before = await count("measurement");
      const response = await record(episodeId, "2026-02-01", [measurement]);
      expect(firstError(response)).toEqual(["BAD_USER_INPUT", field, rule]);
      expect(response.data?.recordFitSession ?? null).toBeNull();
      expect(await count("measurement")).toBe(before);
      expect(await count("fit_session", "episode_id = $1", [episodeId])).toBe(0);
    });

    it("refuses a session in the future and one before its episode started", async () => {
      expect(firstError(await record(episodeId, "2099-01-01", [{ instrument: "ORS", total: 20 }]))).toEqual([
        "BAD_USER_INPUT",
        "input.heldOn",
        "future",
      ]);
      expect(firstError(await record(episodeId, "2026-01-09", [{ instrument: "ORS", total: 20 }]))).toEqual([
        "BAD_USER_INPUT",
        "input.heldOn",
        "before_episode",
      ]);
      expect(await count("fit_session", "episode_id = $1", [episodeId])).toBe(0);
    });

    it("stores a child's instrument for an adult when a reason is given, and a skip with its reason", async () => {
      const response = await record(episodeId, "2026-01-10", [
        { instrument: "CORS", total: 20, instrumentReason: "reading difficulties" },
        { instrument: "SRS", skipReason: "session cut short" },
      ]);
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordFitSession?.measurements.map((m) => [m.instrument, m.total])).toEqual([["CORS", 20]]);
      expect(response.data?.recordFitSession?.skipped).toEqual([{ instrument: "SRS", reason: "session cut short" }]);
    });

    it("refuses a bad id or an unknown episode before writing anything", async () => {
      const bad = await harness.query(
        recordSessionMutation,
        { input: { id: "x", episodeId, heldOn: "2026-02-01", mode: "PHONE", measurements: [] } },
        worker,
      );
      expect(firstError(bad)).toEqual(["BAD_USER_INPUT", "input.id", "uuid"]);
      const unknown = await record(randomUUID(), "2026-02-01", [{ instrument: "ORS", total: 20 }]);
      // An episode nobody has answers as one the viewer may not see (docs/access.md "Records by id").
      expect(firstError(unknown)[0]).toBe("FORBIDDEN");
    });
  });

  describe("derived values, with the configuration version that produced them", () => {
    it.each([
      [24.9, true],
      [25.0, false],
      [25.1, false],
    ])("an adult ORS of %s against the cutoff 25 is clinical: %s", async (total, clinical) => {
      const { episodeId } = await openEpisode();
      const response = await record(episodeId, "2026-02-01", [{ instrument: "ORS", total }]);
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordFitSession?.measurements[0]?.derived).toEqual({
        clinical,
        cutoff: 25,
        changeFromIntake: null,
        reliableChange: null,
        srsAlert: null,
        configurationVersion: 1,
      });
    });

    it.each([
      [[8.0, 8.0, 8.0, 8.0], false],
      [[8.0, 8.0, 8.0, 7.9], true],
    ])("a child's CORS of four items %j against the cutoff 32 is clinical: %s", async (items, clinical) => {
      const { episodeId } = await openEpisode({ clientBirthDate: "2016-05-02" });
      const response = await record(episodeId, "2026-02-01", [{ instrument: "CORS", items }]);
      expect(response.errors).toBeUndefined();
      expect(response.data?.recordFitSession?.measurements[0]?.derived.cutoff).toBe(32);
      expect(response.data?.recordFitSession?.measurements[0]?.derived.clinical).toBe(clinical);
    });

    it.each([
      [15.0, 20.0, 5, "IMPROVED"],
      [15.0, 19.9, 4.9, "NO_RELIABLE_CHANGE"],
      [20.0, 15.0, -5, "DETERIORATED"],
    ])("an ORS from %s to %s changes by %s: %s (threshold 5, reached exactly)", async (intake, latest, change, reliable) => {
      const { episodeId } = await openEpisode();
      await record(episodeId, "2026-02-01", [{ instrument: "ORS", total: intake }]);
      const response = await record(episodeId, "2026-02-08", [{ instrument: "ORS", total: latest }]);
      expect(response.data?.recordFitSession?.measurements[0]?.derived).toMatchObject({
        changeFromIntake: change,
        reliableChange: reliable,
      });
    });

    it("raises an SRS alert below 36 and on a drop of exactly 1, and recomputes when a session is recorded late", async () => {
      const { episodeId } = await openEpisode();
      const first = await record(episodeId, "2026-02-01", [{ instrument: "SRS", total: 39.0 }]);
      expect(first.data?.recordFitSession?.measurements[0]?.derived.srsAlert).toBe(false);
      const drop = await record(episodeId, "2026-02-15", [{ instrument: "SRS", total: 38.0 }]);
      expect(drop.data?.recordFitSession?.measurements[0]?.derived.srsAlert).toBe(true);
      const below = await record(episodeId, "2026-03-01", [{ instrument: "SRS", total: 35.9 }]);
      expect(below.data?.recordFitSession?.measurements[0]?.derived.srsAlert).toBe(true);
      // A session recorded late between the first two: 38.0 now follows 38.5 (a drop of 0.5, no alert).
      await record(episodeId, "2026-02-08", [{ instrument: "SRS", total: 38.5 }]);
      const rows = await testDb.database.sql.query<{ total: string; srs_alert: boolean }>(
        `SELECT total::text, srs_alert FROM measurement WHERE episode_id = $1 ORDER BY measured_on`,
        [episodeId],
      );
      expect(rows.map((row) => [row.total, row.srs_alert])).toEqual([
        ["39.0", false],
        ["38.5", false],
        ["38.0", false],
        ["35.9", true],
      ]);
    });
  });

  describe("idempotent writes, events and access", () => {
    it("returns the same session for the same create again, and CONFLICT for another under the same id", async () => {
      const { episodeId } = await openEpisode();
      const sessionId = randomUUID();
      const first = await record(episodeId, "2026-02-01", [{ instrument: "ORS", total: 20 }], sessionId);
      const again = await record(episodeId, "2026-02-01", [{ instrument: "ORS", total: 20 }], sessionId);
      expect(again.errors).toBeUndefined();
      expect(again.data?.recordFitSession?.id).toBe(first.data?.recordFitSession?.id);
      const other = await record(episodeId, "2026-02-01", [{ instrument: "ORS", total: 21 }], sessionId);
      expect(firstError(other)[0]).toBe("CONFLICT");
      expect(await count("measurement", "session_id = $1", [sessionId])).toBe(1);
      expect(await count("outbox_event", "type = 'fit.session_recorded' AND data->>'sessionId' = $1", [sessionId])).toBe(1);
      // Training's rollout figures learn who measured from this field.
      const [event] = await testDb.database.sql.query<{ professional_id: string }>(
        `SELECT data->>'professionalId' AS professional_id FROM outbox_event WHERE type = 'fit.session_recorded' AND data->>'sessionId' = $1`,
        [sessionId],
      );
      expect(event?.professional_id).toBe(worker.id);
    });

    it("returns the same episode for the same open again, CONFLICT for other values, and records fit.episode_opened once", async () => {
      const episodeId = randomUUID();
      const clientId = randomUUID();
      const input = { id: episodeId, clientId, ownerProfessionalId: ownerId, startedOn: "2026-01-10" };
      expect((await harness.query(openEpisodeMutation, { input }, worker)).errors).toBeUndefined();
      expect((await harness.query(openEpisodeMutation, { input }, worker)).errors).toBeUndefined();
      expect(
        firstError(await harness.query(openEpisodeMutation, { input: { ...input, startedOn: "2026-01-11" } }, worker))[0],
      ).toBe("CONFLICT");
      const events = await testDb.database.sql.query<{ data: Record<string, unknown> }>(
        `SELECT data FROM outbox_event WHERE type = 'fit.episode_opened' AND aggregate_id = $1`,
        [episodeId],
      );
      expect(events).toHaveLength(1);
      expect(Object.keys(events[0]!.data).sort()).toEqual([
        "clientId",
        "episodeId",
        "kind",
        "ownerProfessionalId",
        "startedOn",
        "teamId",
      ]);
    });

    it("refuses to open an episode for a client the viewer has no basis for, logging the denied create", async () => {
      const clientId = randomUUID();
      const outsider = professional(randomUUID());
      const response = await harness.query(
        openEpisodeMutation,
        { input: { clientId, ownerProfessionalId: ownerId, startedOn: "2026-01-10" } },
        outsider,
      );
      expect(firstError(response)[0]).toBe("FORBIDDEN");
      expect(await count("episode", "client_id = $1", [clientId])).toBe(0);
      expect(
        harness.accessLog.filter((entry) => entry.clientId === clientId).map((entry) => [entry.action, entry.outcome]),
      ).toEqual([["create", "denied"]]);
    });

    it("draws a client's series with cutoff lines and alerts, for the client too, and closes an episode", async () => {
      const { episodeId, clientId } = await openEpisode();
      await record(episodeId, "2026-02-01", [
        { instrument: "ORS", total: 18 },
        { instrument: "SRS", total: 35 },
      ]);
      await record(episodeId, "2026-02-08", [
        { instrument: "ORS", total: 26 },
        { instrument: "SRS", total: 38 },
      ]);
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client {
        fitSeries { outcome { date total cutoff clinical reliableChange } sessionRating { date total cutoff alert } }
        fitEpisodes { edges { node { id sessions { edges { node { heldOn } } } } } } } } }`;
      const own = await harness.query<{ _entities: { fitSeries: unknown; fitEpisodes: unknown }[] }>(
        query,
        { r: [{ __typename: "Client", id: clientId }] },
        clientViewer(clientId),
      );
      expect(own.errors).toBeUndefined();
      expect(own.data?._entities[0]?.fitSeries).toEqual({
        outcome: [
          { date: "2026-02-01", total: 18, cutoff: 25, clinical: true, reliableChange: null },
          { date: "2026-02-08", total: 26, cutoff: 25, clinical: false, reliableChange: "IMPROVED" },
        ],
        sessionRating: [
          { date: "2026-02-01", total: 35, cutoff: 36, alert: true },
          { date: "2026-02-08", total: 38, cutoff: 36, alert: false },
        ],
      });
      const reporting = await harness.query(
        query,
        { r: [{ __typename: "Client", id: clientId }] },
        professional(county, { roles: ["reporting"] }),
      );
      expect(reporting.errors?.map((error) => error.extensions?.["code"])).toContain("FORBIDDEN");

      const close = await harness.query<{ closeFitEpisode: { endedOn: string; closure: string } }>(
        `mutation ($input: CloseFitEpisodeInput!) { closeFitEpisode(input: $input) { endedOn closure } }`,
        { input: { id: episodeId, endedOn: "2026-02-20", closure: "UNPLANNED" } },
        worker,
      );
      expect(close.data?.closeFitEpisode).toEqual({ endedOn: "2026-02-20", closure: "UNPLANNED" });
      expect(firstError(await record(episodeId, "2026-02-21", [{ instrument: "ORS", total: 20 }]))).toEqual([
        "BAD_USER_INPUT",
        "input.heldOn",
        "after_episode",
      ]);
    });
  });
});
