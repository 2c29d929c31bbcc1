import type { LogItem } from "./accessLogHash";
import { itemsOfStored, storedItems } from "./storedLogItems";

const item = (category: string, fields: Partial<LogItem> = {}): LogItem => ({
  category,
  action: "read",
  outcome: "allowed",
  basis: "responsible_worker",
  consentId: null,
  teamId: null,
  relationshipId: "rel-1",
  statutoryBasisId: null,
  serviceTask: null,
  ...fields,
});

describe("an entry's items as stored", () => {
  it("share one run while they differ only in their category, trailing nulls left out", () => {
    const caseload = [item("team"), item("basic"), item("fit")];
    expect(storedItems(caseload)).toEqual([
      [["team", "basic", "fit"], "read", "allowed", "responsible_worker", null, null, "rel-1"],
    ]);
    expect(JSON.stringify(storedItems([item("basic", { relationshipId: null })]))).toBe(
      '[[["basic"],"read","allowed","responsible_worker"]]',
    );
  });

  it("keep the order decided: a run ends at any other difference, and equal items apart stay apart", () => {
    const items = [
      item("team"),
      item("basic", { outcome: "denied", basis: "ban", relationshipId: null }),
      item("fit"),
      item("fit", { serviceTask: "child_welfare" }),
      item("contact", { serviceTask: "child_welfare" }),
    ];
    const stored = storedItems(items);
    expect(stored.map(([categories]) => categories)).toEqual([["team"], ["basic"], ["fit"], ["fit", "contact"]]);
    expect(itemsOfStored(JSON.parse(JSON.stringify(stored)) as unknown[])).toEqual(items);
  });

  it("read back every field, and entries written as one object per item as they were", () => {
    const full = item("grant_data", {
      action: "grant",
      consentId: "consent-1",
      teamId: "team-1",
      relationshipId: "rel-1",
      statutoryBasisId: "basis-1",
      serviceTask: "disability_services",
    });
    expect(itemsOfStored(storedItems([full]))).toEqual([full]);
    const asObjects = [{ category: "team", action: "read", outcome: "allowed", basis: "team_member", teamId: "team-1" }];
    expect(itemsOfStored(asObjects)).toEqual([item("team", { basis: "team_member", teamId: "team-1", relationshipId: null })]);
  });

  it("read something tampered into items without failing, as items the hash will not match", () => {
    expect(itemsOfStored([7, null, ["basic", "read"], [[3], "read"]])).toHaveLength(4);
  });
});
