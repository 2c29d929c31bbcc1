import { viewerKey, type Viewer } from "../viewer";
import { AccessGuard, noSuchRecord } from "./AccessGuard";
import { signDecidedReads, type DecidedRead } from "./decidedReads";
import { foundationPolicy } from "./foundationPolicy";
import { AccessDecisionStopped } from "./remoteAccessPolicy";
import { DataCategory, type AccessLogEntry, type AccessPolicy, type AccessRequest } from "./types";

const county = "county-org";
const worker: Viewer = {
  id: "p1",
  kind: "professional",
  organizationId: county,
  roles: ["social_worker"],
  scopes: [],
  purpose: "client work",
};
const outsider: Viewer = { ...worker, id: "p2", organizationId: "city-org" };

function guardFor(viewer: Viewer, policy: AccessPolicy = foundationPolicy({ controllerOrganizationIds: new Set([county]) })) {
  const entries: AccessLogEntry[] = [];
  const calls: AccessRequest[][] = [];
  const counting: AccessPolicy = {
    decide: (v, requests) => {
      calls.push(requests);
      return policy.decide(v, requests);
    },
  };
  const guard = new AccessGuard({
    viewer,
    policy: counting,
    log: { append: async (batch) => void entries.push(...batch) },
    requestId: "r1",
    source: "test",
  });
  return { guard, entries, calls };
}

describe("the access guard", () => {
  it("decides and logs all the asks of one tick in one policy call", async () => {
    const { guard, entries, calls } = guardFor(worker);
    const clients = Array.from({ length: 100 }, (_, index) => `c${index}`);
    await Promise.all(clients.map((id) => guard.assert(id, DataCategory.Basic)));
    expect(calls).toHaveLength(1);
    expect(entries).toHaveLength(100);
    expect(entries[0]).toMatchObject({
      clientId: "c0",
      category: "basic",
      action: "read",
      viewerId: "p1",
      organizationId: county,
      purpose: "client work",
      basis: "own_organization",
      outcome: "allowed",
      requestId: "r1",
      source: "test",
    });
  });

  it("refuses with FORBIDDEN and logs the denied attempt", async () => {
    const { guard, entries } = guardFor(outsider);
    await expect(guard.assert("c1", DataCategory.ServicePlan)).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN", category: "service_plan" },
    });
    expect(entries).toEqual([expect.objectContaining({ clientId: "c1", outcome: "denied", basis: "no_client_relationship" })]);
  });

  it("names the reason of a refusal only when it is about the viewer, never a fact of the client", async () => {
    const { guard: outsiders } = guardFor(outsider);
    const refusal = await outsiders.assert("c1", DataCategory.ServicePlan).catch((error: unknown) => error);
    // no_client_relationship (the log has it) would tell a client on record from one nobody has.
    expect((refusal as { extensions: Record<string, unknown> }).extensions).not.toHaveProperty("reason");
    const reporting = guardFor({ ...worker, roles: ["reporting"] }).guard;
    await expect(reporting.assert("c1", DataCategory.Basic)).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN", reason: "aggregates_only" },
    });
  });

  it("answers a record that does not exist as one the viewer may not see", async () => {
    const { guard } = guardFor(outsider);
    const hidden = await guard.assert("c1", DataCategory.Concerns).catch((error: unknown) => error);
    const missing = noSuchRecord(outsider, DataCategory.Concerns);
    expect([(missing as Error).message, (missing as { extensions: unknown }).extensions]).toEqual([
      (hidden as Error).message,
      (hidden as { extensions: unknown }).extensions,
    ]);
    // A reason about the viewer is given for both alike.
    const client: Viewer = { id: "c9", kind: "client", roles: [], scopes: [] };
    const clientGuard = guardFor(client).guard;
    const ownHidden = await clientGuard.assert("c1", DataCategory.Concerns).catch((error: unknown) => error);
    expect((noSuchRecord(client, DataCategory.Concerns) as { extensions: unknown }).extensions).toEqual(
      (ownHidden as { extensions: unknown }).extensions,
    );
  });

  it("refuses a change of a record whose client the viewer may not see exactly as one of an id nobody has, after the same work", async () => {
    const hiddenRun = guardFor(outsider);
    const hidden = await hiddenRun.guard.assertMayGrantRecord("c1", DataCategory.Consents).catch((error: unknown) => error);
    const missingRun = guardFor(outsider);
    const missing = await missingRun.guard
      .refuseMissingGrant("no-such-id", DataCategory.Consents)
      .catch((error: unknown) => error);
    expect((hidden as { extensions: Record<string, unknown> }).extensions).toMatchObject({ code: "FORBIDDEN" });
    expect([(missing as Error).message, (missing as { extensions: unknown }).extensions]).toEqual([
      (hidden as Error).message,
      (hidden as { extensions: unknown }).extensions,
    ]);
    // One decision call of two requests (the grant and the read) each.
    expect([hiddenRun.calls.map((call) => call.length), missingRun.calls.map((call) => call.length)]).toEqual([[2], [2]]);
  });

  it("denies everything when the policy cannot decide, and says the decision was unavailable, not forbidden", async () => {
    const { guard, entries } = guardFor(worker, { decide: async () => Promise.reject(new Error("consents store down")) });
    await expect(guard.assert("c1", DataCategory.Basic)).rejects.toMatchObject({
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE", category: "basic" },
    });
    // A list fails as a whole rather than coming back short, which would read as "no such clients".
    await expect(guard.filterAllowed(["c1", "c2"], DataCategory.Team)).rejects.toMatchObject({
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE", category: "team" },
    });
    expect(entries[0]).toMatchObject({ outcome: "denied", basis: "decision_unavailable" });
  });

  it("returns no data when the access log cannot be written", async () => {
    const guard = new AccessGuard({
      viewer: worker,
      policy: foundationPolicy({ controllerOrganizationIds: new Set([county]) }),
      log: { append: async () => Promise.reject(new Error("log store down")) },
      requestId: "r1",
      source: "test",
    });
    await expect(guard.assert("c1", DataCategory.Basic)).rejects.toThrow("log store down");
    await expect(guard.filterAllowed(["c2"], DataCategory.Basic)).rejects.toThrow("log store down");
  });

  it("filters a list to the clients the viewer may see", async () => {
    const { guard } = guardFor({ id: "c2", kind: "client", roles: [], scopes: [] });
    expect([...(await guard.filterAllowed(["c1", "c2", "c3"], DataCategory.Fit))]).toEqual(["c2"]);
  });
});

describe("the interim foundation policy", () => {
  const policy = foundationPolicy({ controllerOrganizationIds: new Set([county]) });
  const decide = async (viewer: Viewer, category: DataCategory = DataCategory.Basic) =>
    (await policy.decide(viewer, [{ clientId: "c1", category, action: "read" }]))[0];

  it("lets a client see only their own data", async () => {
    expect(await decide({ id: "c1", kind: "client", roles: [], scopes: [] })).toEqual({ allowed: true, basis: "self" });
    expect(await decide({ id: "c9", kind: "client", roles: [], scopes: [] })).toEqual({ allowed: false, basis: "not_own_data" });
  });

  it("gives reporting users no person-level data even inside the county", async () => {
    expect(await decide({ ...worker, roles: ["reporting"] })).toEqual({ allowed: false, basis: "aggregates_only" });
  });

  it("gives a system client only the categories its scopes name", async () => {
    const system: Viewer = { id: "cis", kind: "system", roles: [], scopes: ["fit:read"] };
    expect(await decide(system, DataCategory.Fit)).toEqual({ allowed: true, basis: "system_scope" });
    expect(await decide(system, DataCategory.Basic)).toEqual({ allowed: false, basis: "scope_missing" });
  });
});

describe("the access guard with a policy that decides and logs in one call", () => {
  const allowing: AccessPolicy = {
    decide: async () => Promise.reject(new Error("not used")),
    decideAndLog: async (_viewer, requests) => requests.map(() => ({ allowed: true, basis: "team_member", teamId: "t1" })),
  };

  it("makes one call per tick and leaves the sink alone, since the policy wrote the log", async () => {
    let calls = 0;
    const sink: AccessLogEntry[] = [];
    const guard = new AccessGuard({
      viewer: worker,
      policy: { ...allowing, decideAndLog: (...args) => ((calls += 1), allowing.decideAndLog!(...args)) },
      log: { append: async (entries) => void sink.push(...entries) },
      requestId: "r1",
      source: "test",
    });
    const allowed = await guard.filterAllowed(["c1", "c2", "c3"], DataCategory.Team);
    expect(allowed.size).toBe(3);
    expect(calls).toBe(1);
    expect(sink).toEqual([]);
  });

  it("denies the whole batch and records the attempt in the sink when the call fails", async () => {
    const sink: AccessLogEntry[] = [];
    const guard = new AccessGuard({
      viewer: worker,
      policy: { decide: allowing.decide, decideAndLog: async () => Promise.reject(new Error("consents down")) },
      log: { append: async (entries) => void sink.push(...entries) },
      requestId: "r1",
      source: "test",
    });
    await expect(guard.assert("c1", DataCategory.Basic)).rejects.toMatchObject({
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE" },
    });
    expect(sink).toEqual([expect.objectContaining({ clientId: "c1", outcome: "denied", basis: "decision_unavailable" })]);
  });

  it("answers an undecided grant, or one stopped by the request's deadline, as undecided and never as a denial", async () => {
    const failing = (error: Error) =>
      new AccessGuard({
        viewer: worker,
        policy: { decide: allowing.decide, decideAndLog: async () => Promise.reject(error) },
        log: { append: async () => undefined },
        requestId: "r1",
        source: "test",
      });
    await expect(failing(new Error("consents down")).assertMayGrant("c1", DataCategory.Basic)).rejects.toMatchObject({
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE", category: "basic" },
    });
    const stopped = failing(new AccessDecisionStopped("deadline")).assert("c1", DataCategory.Basic);
    await expect(stopped).rejects.toMatchObject({
      message: expect.stringMatching(/ran out of time/),
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE", category: "basic", reason: "deadline" },
    });
    await expect(failing(new AccessDecisionStopped("disconnected")).assert("c1", DataCategory.Basic)).rejects.toMatchObject({
      extensions: { code: "ACCESS_DECISION_UNAVAILABLE", reason: "cancelled" },
    });
  });

  it("decides a client's rows once per service task, in one batch, and keeps only the allowed tasks' rows", async () => {
    const calls: AccessRequest[][] = [];
    const policy: AccessPolicy = {
      decide: async (_viewer, requests) => {
        calls.push(requests);
        return requests.map((request) =>
          request.serviceTask === "child_protection" ? { allowed: false, basis: "ban" } : { allowed: true, basis: "consent" },
        );
      },
    };
    const guard = new AccessGuard({
      viewer: outsider,
      policy,
      log: { append: async () => undefined },
      requestId: "r",
      source: "test",
    });
    const rows = [
      { id: 1, service: "child_protection" },
      { id: 2, service: "family_social_work" },
      { id: 3, service: "family_social_work" },
    ];
    await expect(guard.filterByServiceTask("c1", DataCategory.Concerns, rows, (row) => row.service)).resolves.toEqual([
      rows[1],
      rows[2],
    ]);
    expect(calls).toEqual([
      [
        { clientId: "c1", category: "concerns", action: "read", serviceTask: "child_protection" },
        { clientId: "c1", category: "concerns", action: "read", serviceTask: "family_social_work" },
      ],
    ]);
    await expect(guard.filterByServiceTask("c2", DataCategory.Concerns, [rows[0]!], (row) => row.service)).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN", category: "concerns" },
    });
    // No rows: the untagged category is decided, so an empty answer is a lawful (and logged) one.
    await expect(guard.filterByServiceTask("c3", DataCategory.Concerns, [], () => null)).resolves.toEqual([]);
    expect(calls.at(-1)).toEqual([{ clientId: "c3", category: "concerns", action: "read" }]);
  });
});

describe("allowedAlready", () => {
  it("is true only for a request this request already decided, logged and allowed", async () => {
    const entries: AccessLogEntry[] = [];
    const guard = new AccessGuard({
      viewer: { id: "p1", kind: "professional", organizationId: "o1", roles: [], scopes: [] },
      policy: {
        decide: async (_viewer, requests) =>
          requests.map((request) => ({ allowed: request.clientId === "c1", basis: request.clientId === "c1" ? "own" : "none" })),
      },
      log: { append: async (batch) => void entries.push(...batch) },
      requestId: "r1",
      source: "test",
    });
    expect(guard.allowedAlready("c1", "basic")).toBe(false);
    const asked = guard.assert("c1", "basic");
    // Asked, not yet decided: the field must wait for it.
    expect(guard.allowedAlready("c1", "basic")).toBe(false);
    await asked;
    expect(entries).toHaveLength(1);
    expect(guard.allowedAlready("c1", "basic")).toBe(true);
    expect(guard.allowedAlready("c1", "basic", "read", "child_welfare")).toBe(false);
    expect(guard.allowedAlready("c1", "contact")).toBe(false);
    expect(guard.allowedAlready("c1", "basic", "grant")).toBe(false);
    await expect(guard.assert("c2", "basic")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(guard.allowedAlready("c2", "basic")).toBe(false);
    // A read of one service task's data, and a notice, are their own decisions.
    await guard.assert("c1", "fit", "read", "child_welfare");
    expect(guard.allowedAlready("c1", "fit", "read", "child_welfare")).toBe(true);
    expect(guard.allowedAlready("c1", "fit")).toBe(false);
    expect(guard.allowedAlready("c1", "fit", "notify", "child_welfare")).toBe(false);
    await guard.assert("c1", "concerns", "notify");
    expect(guard.allowedAlready("c1", "concerns", "notify")).toBe(true);
    expect(guard.allowedAlready("c1", "concerns")).toBe(false);
    // A refusal the subgraph asked for is never a read that was allowed.
    await expect(guard.refuse("c1", "contact", "read", "not_a_minor")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(guard.allowedAlready("c1", "contact")).toBe(false);
  });

  it("is false for every request of a batch that could not be decided or logged", async () => {
    const guard = new AccessGuard({
      viewer: { id: "p1", kind: "professional", organizationId: "o1", roles: [], scopes: [] },
      policy: { decide: async (_viewer, requests) => requests.map(() => ({ allowed: true, basis: "own" })) },
      log: {
        append: async () => {
          throw new Error("log down");
        },
      },
      requestId: "r1",
      source: "test",
    });
    await expect(guard.assert("c1", "basic")).rejects.toThrow("log down");
    expect(guard.allowedAlready("c1", "basic")).toBe(false);
  });
});

describe("visibleAmong and the decisions it makes", () => {
  const viewer: Viewer = { id: "p1", kind: "professional", organizationId: "o1", roles: [], scopes: [] };
  it("keeps the page's rows as decided reads, and leaves a read already asked with its own decision", async () => {
    const guard = new AccessGuard({
      viewer,
      policy: {
        decide: async (_viewer, requests) => requests.map(() => ({ allowed: false, basis: "none" })),
        decideAndLog: async (_viewer, requests) => requests.map(() => ({ allowed: false, basis: "none" })),
        visibleAmong: async () => ({ visible: [0, 1, 2] }),
      },
      log: { append: async () => undefined },
      requestId: "r1",
      source: "test",
    });
    // Asked (and denied) before the list was decided: the list's decision does not overwrite it.
    await expect(guard.assert("c2", "basic")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const rows = ["c1", "c2", "c3"].map((clientId) => ({ clientIds: [clientId] }));
    expect(await guard.visibleAmong(rows, "basic", 2)).toEqual([true, true, true]);
    expect(guard.allowedAlready("c1", "basic")).toBe(true);
    expect(guard.allowedAlready("c2", "basic")).toBe(false);
    // Beyond the page: visible, but neither logged nor decided as a read.
    expect(guard.allowedAlready("c3", "basic")).toBe(false);
    await expect(guard.assert("c2", "basic")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the access guard with receipts of reads its request's earlier fetches decided", () => {
  const key = viewerKey("k".repeat(40));
  const scope = "c2NvcGUtb2YtdGhlLXJlcXVlc3Q";
  const receiptOf = (reads: DecidedRead[], forScope = scope) => signDecidedReads(key, forScope, worker, reads);
  const allowed = { allowed: true, basis: "responsible_worker" };

  function guardWith(receipts: unknown) {
    const entries: AccessLogEntry[] = [];
    const calls: AccessRequest[][] = [];
    const scoped = new AccessGuard({
      viewer: worker,
      policy: {
        decide: (viewer, requests) => (
          calls.push(requests),
          foundationPolicy({ controllerOrganizationIds: new Set([county]) }).decide(viewer, requests)
        ),
      },
      log: { append: async (batch) => void entries.push(...batch) },
      requestId: "r1",
      source: "fit",
      scope,
      receiptKey: key,
    });
    scoped.acceptDecidedReads(receipts);
    return { guard: scoped, entries, calls };
  }

  it("answers the receipt's reads without a call or an entry, and a service task's read from the whole category's", async () => {
    const { guard, entries, calls } = guardWith([
      receiptOf([
        { clientId: "c1", category: DataCategory.Basic, decision: allowed },
        { clientId: "c1", category: DataCategory.Fit, decision: allowed },
      ]),
    ]);
    // Kept as decisions made in this request: a field of them resolves at once, without asking.
    expect(guard.allowedAlready("c1", DataCategory.Basic)).toBe(true);
    expect(guard.allowedAlready("c1", DataCategory.Contact)).toBe(false);
    await guard.assert("c1", DataCategory.Basic);
    await guard.assert("c1", DataCategory.Fit, "read", "child_protection");
    expect(calls).toEqual([]);
    expect(entries).toEqual([]);
    // Anything else is decided and logged as ever.
    await guard.assert("c1", DataCategory.Contact);
    expect(calls).toEqual([[{ clientId: "c1", category: "contact", action: "read" }]]);
    expect(entries).toHaveLength(1);
  });

  it("keeps a denial denied, and asks about one task's data when the whole category was denied", async () => {
    const { guard, calls } = guardWith([
      receiptOf([{ clientId: "c1", category: DataCategory.Fit, decision: { allowed: false, basis: "ban" } }]),
    ]);
    expect(guard.allowedAlready("c1", DataCategory.Fit)).toBe(false);
    await expect(guard.assert("c1", DataCategory.Fit)).rejects.toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(calls).toEqual([]);
    await guard.assert("c1", DataCategory.Fit, "read", "family_centre");
    expect(calls).toEqual([[{ clientId: "c1", category: "fit", action: "read", serviceTask: "family_centre" }]]);
  });

  it("takes nothing from a receipt of another request's scope, a forged one or anything else", async () => {
    const read = { clientId: "c1", category: DataCategory.Basic, decision: allowed };
    const { guard, calls } = guardWith([receiptOf([read], "YW5vdGhlci1yZXF1ZXN0cy1zY29wZQ"), "x.y", 7, null]);
    await guard.assert("c1", DataCategory.Basic);
    expect(calls).toHaveLength(1);
    // Without the key (a guard not made to take receipts) none is read: the read is asked.
    const asked: AccessRequest[][] = [];
    const keyless = new AccessGuard({
      viewer: worker,
      policy: { decide: async (_, requests) => (asked.push(requests), requests.map(() => allowed)) },
      log: { append: async () => undefined },
      requestId: "r2",
      source: "fit",
      scope,
    });
    keyless.acceptDecidedReads([receiptOf([read])]);
    await keyless.assert("c1", DataCategory.Basic);
    expect(asked).toHaveLength(1);
  });
});
