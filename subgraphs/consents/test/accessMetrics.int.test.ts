import { randomUUID } from "node:crypto";
import { AccessGuard, DataCategory, ServiceMetrics, remoteAccessPolicy, type Viewer } from "@silta/kernel";
import {
  createTestDatabase,
  professional,
  startSubgraph,
  testViewerKey,
  type SubgraphHarness,
  type TestDatabase,
} from "@silta/testkit";
import { consentsSubgraph } from "../src";
import { ACCESS_ENDPOINT_PATH } from "../src/access/accessEndpoint";
import { buildAccessWorld, type AccessWorld } from "./accessWorld";

const METRICS_TOKEN = "metrics-token-of-this-test-0123";

/** A counter's value for exactly these labels in `/metrics` text, 0 when the series is not there. */
function valueOf(text: string, series: string): number {
  const line = text.split("\n").find((row) => row.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/**
 * The consents service's `/metrics` in servers mode: what it decided, logged and sealed, counted
 * only once committed, behind the metrics token, with no viewer or client in any label.
 */
describe("the consents service's metrics", () => {
  let testDb: TestDatabase;
  let harness: SubgraphHarness;
  let world: AccessWorld;
  let metricsUrl: string;
  let endpoint: string;

  beforeAll(async () => {
    testDb = await createTestDatabase("consents_metrics", consentsSubgraph.migrationsDir);
    world = await buildAccessWorld(testDb.database.sql, 20);
    harness = await startSubgraph(consentsSubgraph, testDb.database, {
      metrics: { service: new ServiceMetrics({ defaultMetrics: false }), access: { token: METRICS_TOKEN, open: false } },
    });
    metricsUrl = harness.url.replace(/\/graphql$/, "/metrics");
    endpoint = harness.url.replace(/\/graphql$/, ACCESS_ENDPOINT_PATH);
  });

  afterAll(async () => {
    await harness?.stop();
    await testDb?.drop();
  });

  const read = async (viewer: Viewer, clients: string[], source: string) => {
    const guard = new AccessGuard({
      viewer,
      policy: remoteAccessPolicy({ url: endpoint, key: testViewerKey }),
      log: { append: async () => undefined },
      requestId: randomUUID(),
      source,
    });
    return guard.filterAllowed(clients, DataCategory.Fit);
  };
  const scrape = async () => {
    const response = await fetch(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  it("answers /metrics only to the bearer of the metrics token", async () => {
    const without = await fetch(metricsUrl);
    expect(without.status).toBe(401);
    expect(without.headers.get("www-authenticate")).toContain("Bearer");
    expect((await fetch(metricsUrl, { headers: { authorization: "Bearer not-the-token-at-all-0000" } })).status).toBe(401);
    expect((await scrape()).length).toBeGreaterThan(0);
  });

  it("counts the reads it logged by asking subgraph and outcome, as the log holds them, and the batches by their facts", async () => {
    const outsider = professional(world.city, { id: randomUUID() });
    const worker = professional(world.county, { id: world.socialWorker });
    const before = await scrape();
    expect((await read(worker, world.clients, "fit")).size).toBe(20);
    expect((await read(outsider, world.clients.slice(0, 5), "fit")).size).toBe(0);
    expect((await read(worker, world.clients.slice(0, 3), "teams")).size).toBe(3);
    const after = await scrape();
    const grew = (series: string) => valueOf(after, series) - valueOf(before, series);

    const logged = await testDb.database.sql.query<{ source: string; outcome: string; items: number }>(
      `SELECT source, item->>'outcome' AS outcome, count(*)::int AS items
         FROM access_log_entries, jsonb_array_elements(items) AS item
        WHERE viewer_id = ANY($1::text[]) GROUP BY 1, 2`,
      [[worker.id, outsider.id]],
    );
    const inLog = (source: string, outcome: string) =>
      logged.find((row) => row.source === source && row.outcome === outcome)?.items ?? 0;
    expect(inLog("fit", "allowed")).toBe(20);
    expect(inLog("fit", "denied")).toBe(5);
    expect(grew(`silta_access_log_items_total{source="fit",outcome="allowed"}`)).toBe(inLog("fit", "allowed"));
    expect(grew(`silta_access_log_items_total{source="fit",outcome="denied"}`)).toBe(inLog("fit", "denied"));
    expect(grew(`silta_access_log_items_total{source="teams",outcome="allowed"}`)).toBe(inLog("teams", "allowed"));
    // Three batches; the worker's second was decided on the facts kept from the first.
    expect(
      grew(`silta_access_decision_batches_total{facts="kept"}`) + grew(`silta_access_decision_batches_total{facts="read"}`),
    ).toBe(3);
    expect(grew(`silta_access_decision_batches_total{facts="kept"}`)).toBeGreaterThanOrEqual(1);

    for (const id of [...world.clients, worker.id, outsider.id, world.county, world.city]) expect(after).not.toContain(id);
  });

  it("counts the sealer's turns and the entries it sealed (every entry of this database: it is its only sealer), and when it last sealed", async () => {
    const startedAt = Math.floor(Date.now() / 1000);
    await read(professional(world.county, { id: world.socialWorker }), world.clients.slice(0, 4), "fit");
    const [log] = await testDb.database.sql.query<{ entries: number }>(`SELECT count(*)::int AS entries FROM access_log`);
    expect(log!.entries).toBeGreaterThanOrEqual(4);
    let text = "";
    for (let tries = 0; tries < 100; tries += 1) {
      text = await scrape();
      if (valueOf(text, "silta_access_log_sealed_entries_total") >= log!.entries) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(valueOf(text, "silta_access_log_sealed_entries_total")).toBe(log!.entries);
    expect(valueOf(text, `silta_access_log_seals_total{outcome="sealed"}`)).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, `silta_access_log_seals_total{outcome="idle"}`)).toBeGreaterThanOrEqual(1);
    expect(valueOf(text, `silta_access_log_seals_total{outcome="failed"}`)).toBe(0);
    expect(valueOf(text, "silta_access_log_last_seal_timestamp_seconds")).toBeGreaterThanOrEqual(startedAt);
  });

  it("does not serve /metrics in production without a metrics token", async () => {
    const hidden = await startSubgraph(consentsSubgraph, testDb.database, {
      metrics: { service: new ServiceMetrics({ defaultMetrics: false }), access: { open: false } },
    });
    try {
      expect((await fetch(hidden.url.replace(/\/graphql$/, "/metrics"))).status).toBe(404);
    } finally {
      await hidden.stop();
    }
  });
});
