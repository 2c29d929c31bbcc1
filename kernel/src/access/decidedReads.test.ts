import type { Viewer } from "../viewer";
import { viewerKey } from "../viewer";
import { DataCategory } from "./types";
import {
  decisionFromReads,
  keepRead,
  signDecidedReads,
  verifyDecidedReads,
  type DecidedRead,
  type ReadsByClient,
} from "./decidedReads";

const key = viewerKey("k".repeat(40));
const worker: Viewer = { id: "p1", kind: "professional", organizationId: "org", roles: ["social_worker"], scopes: [] };
const scope = "c2NvcGUtb2YtcmVxdWVzdC0x";
const allowed = { allowed: true, basis: "responsible_worker" };
const denied = { allowed: false, basis: "ban" };
const reads: DecidedRead[] = [
  { clientId: "c1", category: "basic", decision: allowed },
  { clientId: "c1", category: "fit", decision: denied },
];

describe("receipts of decided reads", () => {
  it("give back their reads for the scope and viewer they were signed for", () => {
    expect(verifyDecidedReads(key, signDecidedReads(key, scope, worker, reads), scope, worker)).toEqual(reads);
  });

  it("hold a page's reads grouped by decision and categories: every read back, in a third of the bytes of a tuple per read", () => {
    const clientIds = Array.from({ length: 79 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`);
    const page: DecidedRead[] = clientIds.flatMap((clientId) => [
      { clientId, category: DataCategory.Basic, decision: allowed },
      { clientId, category: DataCategory.Fit, decision: clientId.endsWith("7") ? denied : allowed },
    ]);
    const receipt = signDecidedReads(key, scope, worker, page);
    const back = verifyDecidedReads(key, receipt, scope, worker);
    const byRead = (read: DecidedRead) => `${read.clientId}|${read.category}`;
    expect(new Map(back.map((read) => [byRead(read), read.decision]))).toEqual(
      new Map(page.map((read) => [byRead(read), read.decision])),
    );
    expect(back).toHaveLength(page.length);
    // A tuple per read ([id, category, allowed, basis], the first format) made this receipt 14,986 characters.
    expect(receipt.length).toBeLessThan(5_000);
  });

  it("give nothing for another scope, another viewer, after a minute, or under another key", () => {
    const receipt = signDecidedReads(key, scope, worker, reads, 1_000_000);
    expect(verifyDecidedReads(key, receipt, "c2NvcGUtb2YtcmVxdWVzdC0y", worker, 1_000_000)).toEqual([]);
    expect(verifyDecidedReads(key, receipt, scope, { ...worker, roles: ["manager"] }, 1_000_000)).toEqual([]);
    expect(verifyDecidedReads(key, receipt, scope, worker, 1_059_999)).toHaveLength(2);
    expect(verifyDecidedReads(key, receipt, scope, worker, 1_060_000)).toEqual([]);
    expect(verifyDecidedReads(viewerKey("x".repeat(40)), receipt, scope, worker, 1_000_000)).toEqual([]);
  });

  it("give nothing when changed, cut or not a receipt at all", () => {
    const receipt = signDecidedReads(key, scope, worker, reads);
    const [payload, signature] = receipt.split(".") as [string, string];
    const widened = Buffer.from(Buffer.from(payload, "base64url").toString().replace('[0,"ban"', '[1,"ban"')).toString(
      "base64url",
    );
    for (const forged of [`${widened}.${signature}`, payload, `${payload}.`, "", 7, null, ["x"], `${payload}.${signature}x`])
      expect(verifyDecidedReads(key, forged, scope, worker)).toEqual([]);
    // A viewer header (a JWT, signed with the same secret) is no receipt.
    expect(verifyDecidedReads(key, `a.b.c`, scope, worker)).toEqual([]);
  });

  it("give nothing when signed but not of a receipt's shape: no read of it is taken", () => {
    const signed = (read: DecidedRead) => signDecidedReads(key, scope, worker, [reads[0]!, read]);
    for (const odd of [
      { clientId: "", category: "basic", decision: allowed },
      { clientId: "c".repeat(101), category: "basic", decision: allowed },
      { clientId: "c2", category: "access_log", decision: allowed },
      { clientId: "c2", category: "basic", decision: { allowed: true, basis: "b".repeat(201) } },
    ] as DecidedRead[])
      expect(verifyDecidedReads(key, signed(odd), scope, worker)).toEqual([]);
    const longest = {
      clientId: "c".repeat(100),
      category: "contact",
      decision: { allowed: false, basis: "b".repeat(200) },
    } as const;
    expect(verifyDecidedReads(key, signed(longest), scope, worker)).toEqual([reads[0], longest]);
  });

  it("answer the same plain read, and a service task's read only from an allowed read of the whole category", () => {
    const kept: ReadsByClient = new Map();
    for (const read of reads) keepRead(kept, read);
    // The first receipt to hold a read answers it: a later one does not replace it.
    keepRead(kept, { clientId: "c1", category: "basic", decision: denied });
    const read = (category: "basic" | "fit" | "contact", serviceTask?: string) => ({
      clientId: "c1",
      category,
      action: "read" as const,
      ...(serviceTask ? { serviceTask } : {}),
    });
    expect(decisionFromReads(kept, read("basic"))).toEqual(allowed);
    expect(decisionFromReads(kept, read("fit"))).toEqual(denied);
    expect(decisionFromReads(kept, read("basic", "child_protection"))).toEqual(allowed);
    // Denied for the whole category: one task's data may still be allowed, so that is asked.
    expect(decisionFromReads(kept, read("fit", "child_protection"))).toBeUndefined();
    expect(decisionFromReads(kept, read("contact"))).toBeUndefined();
    expect(decisionFromReads(kept, { clientId: "c1", category: "basic", action: "grant" })).toBeUndefined();
    expect(decisionFromReads(kept, { ...read("basic"), refusal: "no_such_record" })).toBeUndefined();
  });
});
