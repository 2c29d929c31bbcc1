import { randomUUID } from "node:crypto";
import { createTestDatabase, professional, startSubgraph, type SubgraphHarness, type TestDatabase } from "@silta/testkit";
import { fitSubgraph } from "../src";
import { openEpisodeMutation, recordSessionMutation } from "./fitHelpers";

const CLOSE = `mutation ($input: CloseFitEpisodeInput!) { closeFitEpisode(input: $input) { id endedOn closure } }`;
const PUBLISH = `mutation ($input: FitConfigurationInput!) { publishFitConfiguration(input: $input) { version adultCutoff } }`;

describe("FIT writes retried with an Idempotency-Key (docs/idempotency.md)", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  const county = randomUUID();
  const worker = professional(county, { id: randomUUID() });
  const admin = professional(county, { id: randomUUID(), roles: ["fit_admin"] });

  beforeAll(async () => {
    testDb = await createTestDatabase("fit_idempotency", fitSubgraph.migrationsDir);
    harness = await startSubgraph(fitSubgraph, testDb.database, { controllerOrganizationIds: [county] });
  });
  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const send = (query: string, variables: Record<string, unknown>, key?: string, viewer = worker) =>
    harness.query<Record<string, any>>(query, variables, viewer, key ? { "idempotency-key": key } : {});
  const count = async (sql: string, params: unknown[] = []) =>
    (await testDb.database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;
  const episodeEvents = (episodeId: string) => count(`outbox_event WHERE aggregate_id = $1`, [episodeId]);

  /** An episode with one measured session, so closing it recomputes derived values. */
  async function measuredEpisode(): Promise<string> {
    const episodeId = randomUUID();
    const opened = await send(openEpisodeMutation, {
      input: {
        id: episodeId,
        clientId: randomUUID(),
        clientBirthDate: "1990-01-01",
        ownerProfessionalId: worker.id,
        startedOn: "2026-01-10",
      },
    });
    expect(opened.errors).toBeUndefined();
    const recorded = await send(recordSessionMutation, {
      input: {
        id: randomUUID(),
        episodeId,
        heldOn: "2026-01-12",
        mode: "FACE_TO_FACE",
        measurements: [{ instrument: "ORS", total: 20 }],
      },
    });
    expect(recorded.errors).toBeUndefined();
    return episodeId;
  }

  describe("closeFitEpisode", () => {
    it("closes once for a retried close and answers the retry with the same result", async () => {
      const episodeId = await measuredEpisode();
      const key = randomUUID();
      const input = { id: episodeId, endedOn: "2026-02-20", closure: "UNPLANNED" };
      const first = await send(CLOSE, { input }, key);
      expect(first.data?.["closeFitEpisode"]).toEqual({ id: episodeId, endedOn: "2026-02-20", closure: "UNPLANNED" });
      const before = [await episodeEvents(episodeId), await count(`episode WHERE id = $1`, [episodeId])];
      const retry = await send(CLOSE, { input }, key);
      expect(retry).toEqual(first);
      expect([await episodeEvents(episodeId), await count(`episode WHERE id = $1`, [episodeId])]).toEqual(before);
      expect(await count(`outbox_event WHERE aggregate_id = $1 AND type = 'fit.episode_closed'`, [episodeId])).toBe(1);
      const stored = await testDb.database.sql.query<{ viewer_id: string; field: string; result_ids: string[] }>(
        `SELECT viewer_id, field, result_ids FROM idempotency_key WHERE key = $1`,
        [key],
      );
      expect(stored).toEqual([{ viewer_id: worker.id, field: "closeFitEpisode", result_ids: [episodeId] }]);
    });

    it("refuses the same key with a different input as CONFLICT naming the header, and changes nothing", async () => {
      const episodeId = await measuredEpisode();
      const key = randomUUID();
      await send(CLOSE, { input: { id: episodeId, endedOn: "2026-02-20", closure: "UNPLANNED" } }, key);
      const events = await episodeEvents(episodeId);
      const reused = await send(CLOSE, { input: { id: episodeId, endedOn: "2026-02-25", closure: "PLANNED" } }, key);
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key", rule: "same_input" });
      expect(await episodeEvents(episodeId)).toBe(events);
      const [episode] = await testDb.database.sql.query<{ ended_on: string; closure: string }>(
        `SELECT ended_on::text, closure FROM episode WHERE id = $1`,
        [episodeId],
      );
      expect(episode).toEqual({ ended_on: "2026-02-20", closure: "UNPLANNED" });
    });

    it("does one close for two identical requests sent at once, and answers both alike", async () => {
      const episodeId = await measuredEpisode();
      const key = randomUUID();
      const input = { id: episodeId, endedOn: "2026-02-20", closure: "PLANNED" };
      const [a, b] = await Promise.all([send(CLOSE, { input }, key), send(CLOSE, { input }, key)]);
      expect(a.errors).toBeUndefined();
      expect(b).toEqual(a);
      expect(await count(`outbox_event WHERE aggregate_id = $1 AND type = 'fit.episode_closed'`, [episodeId])).toBe(1);
      expect(await count(`idempotency_key WHERE key = $1`, [key])).toBe(1);
    });
  });

  describe("publishFitConfiguration", () => {
    const settings = {
      adultCutoff: 25,
      adolescentCutoff: 28,
      childCutoff: 32,
      reliableChangeOrs: 5,
      reliableChangeCors: 6,
      reliableChangeYcors: 8,
      srsAlertBelow: 36,
      srsAlertDrop: 1,
    };

    it("publishes one version for a retried publish and refuses the key reused for other settings", async () => {
      const key = randomUUID();
      const first = await send(PUBLISH, { input: settings }, key, admin);
      expect(first.errors).toBeUndefined();
      const versions = await count(`fit_configuration`);
      const events = await count(`outbox_event WHERE type = 'fit.configuration_published'`);
      expect(await send(PUBLISH, { input: settings }, key, admin)).toEqual(first);
      const reused = await send(PUBLISH, { input: { ...settings, adultCutoff: 24 } }, key, admin);
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "Idempotency-Key" });
      expect(await count(`fit_configuration`)).toBe(versions);
      expect(await count(`outbox_event WHERE type = 'fit.configuration_published'`)).toBe(events);
    });
  });
});
