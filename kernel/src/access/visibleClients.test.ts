import type { Viewer } from "../viewer";
import { AccessGuard } from "./AccessGuard";
import { foundationPolicy } from "./foundationPolicy";
import { DataCategory, type AccessLogEntry, type AccessPolicy } from "./types";
import { visibleSubset } from "./visibleClients";

const county = "county-org";
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
    expect(await guard.visibleAmong(["c1", "c2"], DataCategory.Basic)).toEqual(new Set(["c1", "c2"]));
    expect(entries).toEqual([]);
    expect(await guard.visibleAmong(["c3", "c4", "c5"], DataCategory.Basic, 2)).toEqual(new Set(["c3", "c4", "c5"]));
    expect(entries.map((entry) => [entry.clientId, entry.outcome])).toEqual([
      ["c3", "allowed"],
      ["c4", "allowed"],
    ]);
    const { guard: outside } = guardFor(foundationPolicy({ controllerOrganizationIds: new Set(["other"]) }));
    expect(await outside.visibleAmong(["c1"], DataCategory.Basic)).toEqual(new Set());
  });

  it("lets the page's clients' fields of the category through without deciding them again", async () => {
    const asked: string[][] = [];
    const { guard } = guardFor({
      decide: async (_viewer, requests) => {
        asked.push(requests.map((request) => request.clientId));
        return requests.map(() => ({ allowed: true, basis: "test" }));
      },
      visibleAmong: async (_viewer, _category, ids) => ids,
    });
    await guard.visibleAmong(["c1", "c2", "c3"], DataCategory.Basic, 2);
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
    await expect(guard.visibleAmong(["c1"], DataCategory.Team)).rejects.toMatchObject({
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE" },
    });
  });

  it("keeps only ids that were asked about from an answer, and refuses a malformed one", () => {
    expect(visibleSubset(["a", "b"], { visible: ["b", "z"] })).toEqual(["b"]);
    expect(() => visibleSubset(["a"], { visible: "a" })).toThrow("malformed");
    expect(() => visibleSubset(["a"], null)).toThrow("malformed");
  });
});
