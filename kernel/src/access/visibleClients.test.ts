import type { Viewer } from "../viewer";
import { AccessGuard } from "./AccessGuard";
import { foundationPolicy } from "./foundationPolicy";
import { DataCategory, type AccessLogEntry, type AccessPolicy } from "./types";
import { visibleIndices, type ListRow } from "./visibleClients";

const county = "county-org";
const rowsOf = (...ids: string[]): ListRow[] => ids.map((id) => ({ clientIds: [id] }));
const worker: Viewer = { id: "p1", kind: "professional", organizationId: county, roles: ["social_worker"], scopes: [] };

function guardFor(policy: AccessPolicy) {
  const entries: AccessLogEntry[] = [];
  const guard = new AccessGuard({
    viewer: worker,
    policy,
    log: { append: async (batch) => void entries.push(...batch) },
    requestId: "r1",
    source: "test",
  });
  return { guard, entries };
}

describe("which clients a list may show", () => {
  it("answers from the policy's rules, logging only the first `logFirst` visible clients", async () => {
    const { guard, entries } = guardFor(foundationPolicy({ controllerOrganizationIds: new Set([county]) }));
    expect(await guard.visibleAmong(rowsOf("c1", "c2"), DataCategory.Basic)).toEqual([true, true]);
    expect(entries).toEqual([]);
    expect(await guard.visibleAmong(rowsOf("c3", "c4", "c5"), DataCategory.Basic, 2)).toEqual([true, true, true]);
    expect(entries.map((entry) => [entry.clientId, entry.outcome])).toEqual([
      ["c3", "allowed"],
      ["c4", "allowed"],
    ]);
    const { guard: outside } = guardFor(foundationPolicy({ controllerOrganizationIds: new Set(["other"]) }));
    expect(await outside.visibleAmong(rowsOf("c1"), DataCategory.Basic)).toEqual([false]);
  });

  it("lets the page's clients' fields of the category through without deciding them again", async () => {
    const asked: string[][] = [];
    const { guard } = guardFor({
      decide: async (_viewer, requests) => {
        asked.push(requests.map((request) => request.clientId));
        return requests.map(() => ({ allowed: true, basis: "test" }));
      },
      visibleAmong: async (_viewer, _category, rows) => rows.map((_, index) => index),
    });
    await guard.visibleAmong(rowsOf("c1", "c2", "c3"), DataCategory.Basic, 2);
    await guard.assert("c1", DataCategory.Basic);
    await guard.assert("c3", DataCategory.Basic);
    expect(asked).toEqual([["c3"]]);
  });

  it("fails closed with ACCESS_DECISION_UNAVAILABLE when the policy cannot answer", async () => {
    const { guard } = guardFor({
      decide: async () => [],
      visibleAmong: async () => {
        throw new Error("consents down");
      },
    });
    await expect(guard.visibleAmong(rowsOf("c1"), DataCategory.Team)).rejects.toMatchObject({
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE" },
    });
  });

  it("primes the page's rows for their own service task, and logs a row of several clients only when all are visible", async () => {
    const asked: string[][] = [];
    const { guard, entries } = guardFor({
      decide: async (_viewer, requests) => {
        asked.push(requests.map((request) => `${request.clientId}/${request.serviceTask ?? ""}`));
        return requests.map((request) => ({ allowed: request.clientId !== "hidden", basis: "test" }));
      },
    });
    const rows: ListRow[] = [
      { clientIds: ["c1", "hidden"], serviceTask: "family_work" },
      { clientIds: ["c1", "c2"], serviceTask: "family_work" },
      { clientIds: ["c3"], serviceTask: "child_protection" },
    ];
    // Without the policy's own `visibleAmong`: decided without logging, then the page decided and logged.
    expect(await guard.visibleAmong(rows, DataCategory.Concerns, 1)).toEqual([false, true, true]);
    expect(entries.map((entry) => [entry.clientId, entry.serviceTask, entry.outcome])).toEqual([
      ["c1", "family_work", "allowed"],
      ["c2", "family_work", "allowed"],
    ]);
    await guard.assert("c2", DataCategory.Concerns, "read", "family_work");
    expect(asked).toHaveLength(2);
  });

  it("keeps only rows that were asked about from an answer, each once, and refuses a malformed one", () => {
    expect(visibleIndices(3, { visible: [0, 2] })).toEqual([0, 2]);
    expect(visibleIndices(3, { visible: [] })).toEqual([]);
    for (const visible of ["a", [3], [-1], [1, 1], [2, 1], [0.5], ["0"]])
      expect(() => visibleIndices(3, { visible })).toThrow("malformed");
    expect(() => visibleIndices(1, null)).toThrow("malformed");
  });
});
