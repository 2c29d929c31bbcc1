import type { AccessDecision, AccessRequest, Viewer } from "@silta/kernel";
import { ScopeDecisions } from "./scopeDecisions";

const worker: Viewer = { id: "p1", kind: "professional", organizationId: "org", roles: ["social_worker"], scopes: [] };
const read = (clientId: string, category: AccessRequest["category"], serviceTask?: string): AccessRequest =>
  serviceTask ? { clientId, category, action: "read", serviceTask } : { clientId, category, action: "read" };
const allowed: AccessDecision = { allowed: true, basis: "responsible_worker" };
const denied: AccessDecision = { allowed: false, basis: "ban" };
const scope = "scope-of-request-one";

describe("the decisions kept per decision scope", () => {
  it("answers a read decided and logged earlier in the same scope, allowed or denied, and nothing else", () => {
    const kept = new ScopeDecisions();
    kept.remember(scope, worker, [read("c1", "basic"), read("c2", "basic")], [allowed, denied]);
    expect(kept.known(scope, worker, [read("c1", "basic"), read("c2", "basic"), read("c1", "fit"), read("c3", "basic")])).toEqual(
      [allowed, denied, undefined, undefined],
    );
  });

  it("answers nothing to another scope, or to another viewer naming the same scope", () => {
    const kept = new ScopeDecisions();
    kept.remember(scope, worker, [read("c1", "basic")], [allowed]);
    expect(kept.known("scope-of-request-two", worker, [read("c1", "basic")])).toEqual([undefined]);
    expect(kept.known(scope, { ...worker, id: "p2" }, [read("c1", "basic")])).toEqual([undefined]);
    // The same person in another role is another viewer: the rules and the log entry differ.
    expect(kept.known(scope, { ...worker, roles: ["manager"] }, [read("c1", "basic")])).toEqual([undefined]);
  });

  it("answers a service task's read from an allowed read of the whole category, never from a denied one", () => {
    const kept = new ScopeDecisions();
    kept.remember(scope, worker, [read("c1", "fit"), read("c2", "fit")], [allowed, denied]);
    expect(kept.known(scope, worker, [read("c1", "fit", "child_protection"), read("c2", "fit", "child_protection")])).toEqual([
      allowed,
      undefined,
    ]);
    // A task's own decision does not answer the whole category, which other tasks' bans may cover.
    const other = new ScopeDecisions();
    other.remember(scope, worker, [read("c1", "fit", "child_protection")], [allowed]);
    expect(other.known(scope, worker, [read("c1", "fit"), read("c1", "fit", "family_centre")])).toEqual([undefined, undefined]);
  });

  it("keeps plain reads only: grants, refusals and other actions are decided every time", () => {
    const kept = new ScopeDecisions();
    const asked: AccessRequest[] = [
      { clientId: "c1", category: "basic", action: "grant" },
      { clientId: "c1", category: "basic", action: "read", refusal: "no_such_record" },
      { clientId: "c1", category: "concerns", action: "notify" },
    ];
    kept.remember(scope, worker, asked, [allowed, denied, allowed]);
    expect(kept.known(scope, worker, asked)).toEqual([undefined, undefined, undefined]);
    expect(kept.known(scope, worker, [read("c1", "basic")])).toEqual([undefined]);
  });

  it("forgets a scope once its time is up, and the oldest scopes beyond its bound", () => {
    let now = 0;
    const kept = new ScopeDecisions({ ttlMs: 1_000, maxDecisions: 3, now: () => now });
    kept.remember("scope-a-0123456789", worker, [read("c1", "basic"), read("c2", "basic")], [allowed, allowed]);
    now = 999;
    expect(kept.known("scope-a-0123456789", worker, [read("c1", "basic")])).toEqual([allowed]);
    now = 1_000;
    expect(kept.known("scope-a-0123456789", worker, [read("c1", "basic")])).toEqual([undefined]);

    now = 2_000;
    kept.remember("scope-b-0123456789", worker, [read("c1", "basic"), read("c2", "basic")], [allowed, allowed]);
    kept.remember("scope-c-0123456789", worker, [read("c1", "basic"), read("c2", "basic")], [allowed, allowed]);
    expect(kept.known("scope-b-0123456789", worker, [read("c1", "basic")])).toEqual([undefined]);
    expect(kept.known("scope-c-0123456789", worker, [read("c1", "basic")])).toEqual([allowed]);
  });

  it("keeps the first decision of a read: a later one in the same scope does not replace it", () => {
    const kept = new ScopeDecisions();
    kept.remember(scope, worker, [read("c1", "basic")], [allowed]);
    kept.remember(scope, worker, [read("c1", "basic")], [denied]);
    expect(kept.known(scope, worker, [read("c1", "basic")])).toEqual([allowed]);
  });
});
