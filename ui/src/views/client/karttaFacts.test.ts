import { childrenOf, countyToday, readerOf, type AccessEntry } from "./karttaFacts";

const me = "0d000000-0000-4000-8000-000000000001";
const entry = (overrides: Partial<AccessEntry>): AccessEntry => ({
  at: "2026-12-04T10:00:00Z",
  viewerId: "0b000000-0000-4000-8000-000000000009",
  viewerKind: "professional",
  organizationId: "0a000000-0000-4000-8000-000000000004",
  category: "service_plan",
  action: "read",
  purpose: "school meeting",
  basis: "consent",
  outcome: "allowed",
  ...overrides,
});
const team = [{ id: "0b000000-0000-4000-8000-000000000001", firstName: "Sari", lastName: "Laine", profession: "social worker" }];
const organizations = new Map([["0a000000-0000-4000-8000-000000000004", "City education services"]]);

describe("who read my data, as Kartta tells it", () => {
  it("names a member of my own team", () => {
    expect(readerOf(entry({ viewerId: team[0]!.id }), me, team, organizations)).toEqual({
      kind: "teamMember",
      name: "Sari Laine",
      profession: "social worker",
    });
  });

  it("gives anyone else only by their organisation, which the log records", () => {
    expect(readerOf(entry({}), me, team, organizations)).toEqual({
      kind: "professional",
      organization: "City education services",
    });
    expect(readerOf(entry({ organizationId: null }), me, team, organizations)).toEqual({
      kind: "professional",
      organization: undefined,
    });
  });

  it("tells my own reads, my guardian's and a system's apart", () => {
    expect(readerOf(entry({ viewerId: me, viewerKind: "client" }), me, team, organizations)).toEqual({ kind: "me" });
    expect(readerOf(entry({ viewerKind: "client" }), me, team, organizations)).toEqual({ kind: "guardian" });
    expect(readerOf(entry({ viewerKind: "system", viewerId: "client-information-system" }), me, team, organizations)).toEqual({
      kind: "system",
      name: "client-information-system",
    });
  });
});

describe("the county's today", () => {
  it("is Helsinki's date, not the UTC date, after midnight in Finland", () => {
    expect(countyToday(new Date("2026-12-04T23:30:00Z"))).toBe("2026-12-05");
    expect(countyToday(new Date("2026-12-04T21:30:00Z"))).toBe("2026-12-04");
  });
});

describe("a guardian's children", () => {
  it("are the children of the families where the client is a guardian, each once", () => {
    const family = {
      members: [
        { relation: "GUARDIAN", client: { id: me, firstName: "Aino" } },
        { relation: "CHILD", client: { id: "child-1", firstName: "Eetu" } },
      ],
    };
    expect(
      childrenOf(
        [
          { relation: "GUARDIAN", family },
          { relation: "GUARDIAN", family },
        ],
        me,
      ),
    ).toEqual([{ id: "child-1", firstName: "Eetu" }]);
  });

  it("are none for a child, whose own family lists their siblings and guardians", () => {
    const family = { members: [{ relation: "CHILD", client: { id: "sibling", firstName: "Ella" } }] };
    expect(childrenOf([{ relation: "CHILD", family }], me)).toEqual([]);
    expect(childrenOf(null, me)).toEqual([]);
  });
});
