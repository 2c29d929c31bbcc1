import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { professional } from "@silta/testkit";
import type { Viewer } from "@silta/kernel";
import { streamsReadBy } from "@silta/registry";
import { WEBHOOK_GROUP } from "../data/deliveryStore";
import { EVENT_SOURCES, eventTypeProblem, subscribableEventTypes } from "./eventTypes";
import { afterFailure } from "./retry";
import { legacyHeaders, newSecret, signingKey, verify, webhookHeaders } from "./signature";

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

  it("offers webhooks exactly the types docs/events.md's catalogue marks for webhooks, in its order", () => {
    const catalogue = readFileSync(join(__dirname, "..", "..", "..", "..", "docs", "events.md"), "utf8");
    const documented = [...catalogue.matchAll(/^\| `([a-z_.]+)` +\|.*\| (yes|no) +\|$/gm)]
      .filter((row) => row[2] === "yes")
      .map((row) => row[1]);
    const everyScope = system(["webhooks:manage", ...EVENT_SOURCES.map((source) => `${source}:read`)]);
    expect(documented.length).toBeGreaterThan(40);
    expect(subscribableEventTypes(everyScope)).toEqual(documented);
  });

  it("reads the stream of every subgraph whose event types it offers, as the registry declares", () => {
    expect([...streamsReadBy("integration", WEBHOOK_GROUP)].sort()).toEqual([...EVENT_SOURCES].sort());
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

  describe("signatures in the Standard Webhooks format", () => {
    const secret = newSecret();
    const body = '{"id":"e1","type":"client.updated"}';
    const now = Math.floor(Date.now() / 1000);

    it("makes secrets as whsec_ and 32 random bytes in base64", () => {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(signingKey(secret)).toHaveLength(32);
      expect(newSecret()).not.toBe(secret);
    });

    it("signs id, timestamp and body so that the standardwebhooks library verifies the headers", () => {
      const headers = webhookHeaders(secret, "d1", now, body);
      expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
      expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
      expect(verify(secret, { id: "d1", timestamp: String(now), signature: headers["webhook-signature"] }, body, now)).toBe(true);
    });

    it("fails a changed body, another id, another secret or a timestamp outside five minutes, here and in the library", () => {
      // The library compares with its own clock: take "now" here, not when the file was loaded, so a
      // slow run cannot bring the future timestamp back inside the window.
      const now = Math.floor(Date.now() / 1000);
      const headers = webhookHeaders(secret, "d1", now, body);
      const attempts: [string, Record<string, string>, string][] = [
        ["changed body", headers, body.replace("e1", "e2")],
        ["another id", { ...headers, "webhook-id": "d2" }, body],
        ["another secret", webhookHeaders(newSecret(), "d1", now, body), body],
      ];
      for (const [, given, content] of attempts) {
        expect(() => new Webhook(secret).verify(content, given)).toThrow(WebhookVerificationError);
        const fields = { id: given["webhook-id"], timestamp: given["webhook-timestamp"], signature: given["webhook-signature"] };
        expect(verify(secret, fields, content, now)).toBe(false);
      }
      // A second past the window on either side, against the same "now"; the library reads its own
      // clock later, which a loaded machine moves on by a second or more, so it gets a minute's margin.
      for (const outside of [-301, 301]) {
        const given = webhookHeaders(secret, "d1", now + outside, body);
        const fields = { id: given["webhook-id"], timestamp: given["webhook-timestamp"], signature: given["webhook-signature"] };
        expect(verify(secret, fields, body, now)).toBe(false);
        const wide = webhookHeaders(secret, "d1", now + Math.sign(outside) * 360, body);
        expect(() => new Webhook(secret).verify(body, wide)).toThrow(WebhookVerificationError);
      }
    });

    it("accepts a delivery re-posted within the tolerance, which only de-duplicating on webhook-id stops", () => {
      const captured = webhookHeaders(secret, "d1", now - 117, body);
      const seen = new Set<string>(["d1"]); // the receiver processed d1 when it first came
      expect(new Webhook(secret).verify(body, captured)).toEqual(JSON.parse(body));
      expect(seen.has(captured["webhook-id"]!)).toBe(true);
    });

    it("keys a secret from before the format with its text, which the library takes with format 'raw'", () => {
      const legacy = "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg";
      const headers = webhookHeaders(legacy, "d1", now, body);
      expect(new Webhook(legacy, { format: "raw" }).verify(body, headers)).toEqual(JSON.parse(body));
      // The old headers, sent beside the standard ones for one more version, are unchanged for it.
      const old = legacyHeaders(legacy, { id: "d1", eventId: "e1", eventType: "client.updated" }, now, body);
      expect(old["silta-webhook-signature"]).toBe(`v1=${createHmac("sha256", legacy).update(`${now}.${body}`).digest("hex")}`);
    });
  });
});
