import {
  BatchDigest,
  canonicalEntry,
  contextEntryHash,
  contextHash,
  entryHash,
  GENESIS_HASH,
  sealHash,
  type StoredLogEntry,
} from "./accessLogHash";

const entry: StoredLogEntry = {
  at: "2026-11-23T10:00:00.000Z",
  viewerId: "p1",
  viewerKind: "professional",
  organizationId: "org",
  roles: ["social_worker"],
  clientId: "c1",
  purpose: null,
  requestId: "r1",
  source: "clients",
  items: [
    {
      category: "basic",
      action: "read",
      outcome: "allowed",
      basis: "responsible_worker",
      consentId: null,
      teamId: null,
      relationshipId: null,
      statutoryBasisId: null,
      serviceTask: null,
    },
  ],
};

const digestOf = (pairs: [string, string][]) => {
  const digest = new BatchDigest();
  for (const [id, hash] of pairs) digest.add(id, hash);
  return digest.digest();
};

describe("the access log hashes", () => {
  it("hash the same entry the same whatever order its fields were built in", () => {
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as unknown as StoredLogEntry;
    const items = entry.items.map((item) => Object.fromEntries(Object.entries(item).reverse()));
    expect(canonicalEntry({ ...reordered, items } as StoredLogEntry)).toBe(canonicalEntry(entry));
  });

  it("change when any field of an entry or of one of its categories changes", () => {
    const base = entryHash(entry);
    expect(entryHash({ ...entry, roles: [] })).not.toBe(base);
    expect(entryHash({ ...entry, items: [{ ...entry.items[0]!, outcome: "denied" }] })).not.toBe(base);
    expect(entryHash({ ...entry, items: [...entry.items, { ...entry.items[0]!, category: "contact" }] })).not.toBe(base);
  });

  it("bind an entry stored beside its context to every field of that context and of the entry", () => {
    const context = contextHash(entry);
    const base = contextEntryHash(context, entry);
    for (const changed of [
      { viewerId: "p2" },
      { viewerKind: "client" },
      { organizationId: null },
      { roles: [] },
      { purpose: "audit" },
      { requestId: "r2" },
      { source: "fit" },
      { at: "2026-11-23T10:00:00.001Z" },
    ])
      expect(contextEntryHash(contextHash({ ...entry, ...changed }), entry)).not.toBe(base);
    expect(contextEntryHash(context, { ...entry, clientId: "c2" })).not.toBe(base);
    expect(contextEntryHash(context, { ...entry, items: [{ ...entry.items[0]!, basis: "team" }] })).not.toBe(base);
    // Neither form can stand for the other: the context's and the entry's canonical forms are tagged.
    expect(base).not.toBe(entryHash(entry));
    expect(context).not.toBe(entryHash(entry));
  });

  it("keep the context and entry digests of entries already written (the verifier recomputes them)", () => {
    // Pinned values: however the hashes are computed, an entry written before must verify the same.
    const context = contextHash(entry);
    expect(context).toBe("861f639dcce3d62c3f05e636a2e389167b3ed94350e09aa6c92efc14cfbfd23f");
    expect(contextEntryHash(context, entry)).toBe("0d408c50f1e9455adf908e2ff73338b53aa154831b689905d172cc30af714294");
  });

  it("digest a batch so that a removed, swapped or renumbered entry changes it", () => {
    const batch: [string, string][] = [
      ["1", "a"],
      ["2", "b"],
      ["3", "c"],
    ];
    const base = digestOf(batch);
    expect(digestOf([batch[0]!, batch[2]!])).not.toBe(base);
    expect(digestOf([batch[1]!, batch[0]!, batch[2]!])).not.toBe(base);
    expect(digestOf([["1", "b"], ["2", "a"], batch[2]!])).not.toBe(base);
    expect(digestOf([["4", "a"], batch[1]!, batch[2]!])).not.toBe(base);
  });

  it("chain seals so that a changed seal or a changed predecessor changes the hash", () => {
    const seal = { seq: "1", snapshot: "100:104:101", entries: 3, root: "r" };
    const base = sealHash(GENESIS_HASH, seal);
    expect(sealHash(GENESIS_HASH, { ...seal, entries: 2 })).not.toBe(base);
    expect(sealHash(GENESIS_HASH, { ...seal, snapshot: "100:104:" })).not.toBe(base);
    expect(sealHash(base, seal)).not.toBe(base);
  });
});
