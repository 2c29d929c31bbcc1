import { professional } from "@silta/testkit";
import type { Viewer } from "@silta/kernel";
import { eventTypeProblem, subscribableEventTypes } from "./eventTypes";
import { afterFailure } from "./retry";
import { sign, verify } from "./signature";

const system = (scopes: string[]): Viewer => ({ id: "cis", kind: "system", roles: [], scopes });

describe("webhook rules", () => {
  it("lets a system subscribe only to the event types of subgraphs it may read", () => {
    const viewer = system(["webhooks:manage", "clients:read"]);
    expect(subscribableEventTypes(viewer)).toContain("client.updated");
    expect(subscribableEventTypes(viewer)).not.toContain("team.member_added");
    expect(eventTypeProblem(viewer, ["client.updated"])).toBeNull();
    expect(eventTypeProblem(viewer, ["team.member_added"])).toEqual({ eventType: "team.member_added", rule: "scope" });
    expect(eventTypeProblem(viewer, ["client.deleted"])).toEqual({ eventType: "client.deleted", rule: "known_type" });
    expect(subscribableEventTypes({ ...professional("org"), scopes: [] })).toEqual([]);
  });

  it("backs off exponentially up to the cap and dead-letters after the last attempt", () => {
    const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300 };
    expect([1, 2, 3].map((attempts) => afterFailure(policy, attempts))).toEqual([
      { dead: false, delayMs: 100 },
      { dead: false, delayMs: 200 },
      { dead: false, delayMs: 300 },
    ]);
    expect(afterFailure(policy, 4)).toEqual({ dead: true });
  });

  it("signs timestamp and body; a changed body, another secret or an old timestamp fails", () => {
    const signature = sign("s3cret", 1_000, '{"a":1}');
    expect(verify("s3cret", { timestamp: "1000", signature }, '{"a":1}', 1_010)).toBe(true);
    expect(verify("s3cret", { timestamp: "1000", signature }, '{"a":2}', 1_010)).toBe(false);
    expect(verify("other", { timestamp: "1000", signature }, '{"a":1}', 1_010)).toBe(false);
    expect(verify("s3cret", { timestamp: "1000", signature }, '{"a":1}', 2_000)).toBe(false);
  });
});
