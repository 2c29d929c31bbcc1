import type { Viewer } from "../viewer";
import { AccessGuard } from "./AccessGuard";
import { foundationPolicy } from "./foundationPolicy";
import { DataCategory, type AccessLogEntry, type AccessPolicy } from "./types";
import { pageReadsOfRow, visibleIndices, visibleRowsOf, type ListRow } from "./visibleClients";

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
      visibleAmong: async (_viewer, _category, rows) => ({ visible: rows.map((_, index) => index) }),
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

  it("keeps the decisions of the page's reads made with the list, allowed or not, and asks about any other read", async () => {
    const decided: string[][] = [];
    const { guard } = guardFor({
      decide: () => Promise.reject(new Error("decides and logs together")),
      decideAndLog: async (_viewer, requests) => {
        decided.push(requests.map((request) => `${request.clientId}/${request.category}`));
        return requests.map(() => ({ allowed: true, basis: "test" }));
      },
      visibleAmong: async (_viewer, _category, rows, _context, logFirst) => ({
        visible: [0, 1, 2],
        // The consents service answers for the page's rows only (the first two here), a list per row.
        pageReads: rows.slice(0, logFirst).map((row) =>
          (row.pageReads ?? []).map((read) => ({
            allowed: read.clientId !== "c2",
            basis: read.clientId === "c2" ? "no_consent" : "test",
          })),
        ),
      }),
    });
    const rows: ListRow[] = ["c1", "c2", "c3"].map((id) => ({
      clientIds: [id],
      pageReads: [{ clientId: id, category: DataCategory.Basic }],
    }));
    expect(await guard.visibleAmong(rows, DataCategory.Concerns, 2)).toEqual([true, true, true]);
    // Decided with the list: the read allowed resolves at once, the one refused is refused, neither asked again.
    expect(guard.allowedAlready("c1", DataCategory.Basic)).toBe(true);
    await guard.assert("c1", DataCategory.Basic);
    expect(guard.allowedAlready("c2", DataCategory.Basic)).toBe(false);
    await expect(guard.assert("c2", DataCategory.Basic)).rejects.toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(decided).toEqual([]);
    // Beyond the page, and any other read of a shown client: decided (and logged) when made.
    await guard.assert("c3", DataCategory.Basic);
    await guard.assert("c1", DataCategory.Contact);
    expect(decided).toEqual([["c3/basic"], ["c1/contact"]]);
  });

  it("takes an answer without page reads (a consents service from before them) and refuses a malformed one", () => {
    const rows: ListRow[] = [
      { clientIds: ["c1"], pageReads: [{ clientId: "c1", category: DataCategory.Basic }] },
      { clientIds: ["c2"] },
      { clientIds: ["c3"], pageReads: [{ clientId: "c3", category: DataCategory.Basic }] },
    ];
    expect(visibleRowsOf(rows, 2, { visible: [0, 2] })).toEqual({ visible: [0, 2] });
    const allowed = { allowed: true, basis: "consent" };
    expect(visibleRowsOf(rows, 2, { visible: [0, 2], pageReads: [[allowed], [allowed]] })).toEqual({
      visible: [0, 2],
      pageReads: [[allowed], [allowed]],
    });
    // A row that asked no reads has an empty list; only what the guard uses is kept of a decision.
    expect(visibleRowsOf(rows, 1, { visible: [1], pageReads: [[]] })).toEqual({ visible: [1], pageReads: [[]] });
    expect(visibleRowsOf(rows, 1, { visible: [0], pageReads: [[{ ...allowed, consentId: "k1" }]] })).toEqual({
      visible: [0],
      pageReads: [[allowed]],
    });
    for (const pageReads of [
      "a",
      [[allowed]], // one list short: a row of the page without its decisions
      [[allowed], [allowed], [allowed]], // a list for a row beyond the page
      [[allowed, allowed], [allowed]], // more decisions than the row asked
      [[{ allowed: "true", basis: "x" }], [allowed]],
      [[{ allowed: true }], [allowed]],
      [[null], [allowed]],
    ])
      expect(() => visibleRowsOf(rows, 2, { visible: [0, 2], pageReads })).toThrow("malformed");
  });

  it("asks a row's follow-up reads after its own page reads, client by client, and expects a decision for each", () => {
    const family: ListRow = { clientIds: ["c1", "c2"], pageReads: [{ clientId: "c1", category: DataCategory.Basic }] };
    const followUps = [DataCategory.Basic, DataCategory.Fit];
    expect(pageReadsOfRow(family, followUps)).toEqual([
      { clientId: "c1", category: "basic" },
      { clientId: "c1", category: "basic" },
      { clientId: "c1", category: "fit" },
      { clientId: "c2", category: "basic" },
      { clientId: "c2", category: "fit" },
    ]);
    expect(pageReadsOfRow({ clientIds: ["c3"] }, [])).toEqual([]);
    const allowed = { allowed: true, basis: "responsible_worker" };
    const rows: ListRow[] = [{ clientIds: ["c3"] }, { clientIds: ["c4"] }];
    expect(visibleRowsOf(rows, 1, { visible: [1], pageReads: [[allowed, allowed]] }, followUps)).toEqual({
      visible: [1],
      pageReads: [[allowed, allowed]],
    });
    // One decision short of the row's follow-up reads: refused, as any malformed answer.
    expect(() => visibleRowsOf(rows, 1, { visible: [1], pageReads: [[allowed]] }, followUps)).toThrow("malformed");
  });
});
