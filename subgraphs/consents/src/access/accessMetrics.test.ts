import { Registry } from "prom-client";
import type { StoredLogEntry } from "../domain/accessLogHash";
import { AccessMetrics } from "./accessMetrics";

const entry = (source: string, outcomes: ("allowed" | "denied")[]): StoredLogEntry => ({
  at: "2026-12-07T00:00:00.000Z",
  viewerId: "v",
  viewerKind: "professional",
  organizationId: null,
  roles: [],
  clientId: "c",
  purpose: null,
  requestId: "r",
  source,
  items: outcomes.map((outcome) => ({
    category: "basic",
    action: "read",
    outcome,
    basis: "test",
    consentId: null,
    teamId: null,
    relationshipId: null,
    statutoryBasisId: null,
    serviceTask: null,
  })),
});

describe("the consents service's access metrics", () => {
  it("counts each logged item by its source and outcome", async () => {
    const registry = new Registry();
    new AccessMetrics(registry).logged("kept", [entry("fit", ["allowed", "denied", "allowed"]), entry("fit", ["denied"])]);
    const text = await registry.metrics();
    expect(text).toContain('silta_access_log_items_total{source="fit",outcome="allowed"} 2');
    expect(text).toContain('silta_access_log_items_total{source="fit",outcome="denied"} 2');
    expect(text).toContain('silta_access_decision_batches_total{facts="kept"} 1');
  });

  it("keeps the source label to 20 subgraph-like names, the rest as other, whatever a token carried", async () => {
    const registry = new Registry();
    const metrics = new AccessMetrics(registry);
    metrics.entriesLogged(Array.from({ length: 25 }, (_, index) => entry(`subgraph-${index}`, ["allowed"])));
    metrics.entriesLogged([entry("Not A Name", ["denied"]), entry('x"} 1\nevil', ["denied"])]);
    const sources = new Set([...(await registry.metrics()).matchAll(/source="([^"]*)"/g)].map((match) => match[1]));
    expect(sources.size).toBe(21);
    expect(sources.has("other")).toBe(true);
    expect([...sources].every((source) => source === "other" || /^subgraph-\d+$/.test(source!))).toBe(true);
    expect(await registry.metrics()).toContain('silta_access_log_items_total{source="other",outcome="denied"} 2');
  });
});
