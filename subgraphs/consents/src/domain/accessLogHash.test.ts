import { canonicalEntry, chainHash, GENESIS_HASH, type StoredLogEntry } from "./accessLogHash";

const entry: StoredLogEntry = {
  at: "2026-11-23T10:00:00.000Z",
  viewerId: "p1",
  viewerKind: "professional",
  organizationId: "org",
  roles: ["social_worker"],
  clientId: "c1",
  category: "basic",
  action: "read",
  purpose: null,
  basis: "responsible_worker",
  consentId: null,
  teamId: null,
  relationshipId: null,
  statutoryBasisId: null,
  outcome: "allowed",
  requestId: "r1",
  source: "clients",
};

describe("the access log hash chain", () => {
  it("hashes the same entry the same whatever order its fields were built in", () => {
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as unknown as StoredLogEntry;
    expect(canonicalEntry(reordered)).toBe(canonicalEntry(entry));
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, entry));
  });

  it("changes when any field or the previous hash changes", () => {
    const base = chainHash(GENESIS_HASH, entry);
    expect(chainHash(GENESIS_HASH, { ...entry, outcome: "denied" })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...entry, roles: [] })).not.toBe(base);
    expect(chainHash(base, entry)).not.toBe(base);
  });
});
