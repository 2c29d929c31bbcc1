import { ErrorCode } from "../errors";
import { differingFields, sameOrConflict } from "./sameOrConflict";

describe("sameOrConflict", () => {
  it("returns the stored row when a retry asks for the same thing, dates and lists compared by value", () => {
    const row = { id: "1" };
    expect(
      sameOrConflict(
        "Meeting",
        "1",
        row,
        { heldOn: new Date("2025-05-20"), ids: ["b", "a"], note: null },
        { heldOn: "2025-05-20", ids: ["a", "b"], note: undefined },
      ),
    ).toBe(row);
  });

  it("refuses a retry asking for something else as CONFLICT naming the id and the differing fields", () => {
    expect(() =>
      sameOrConflict("Team", "t-1", {}, { name: "A", kind: "AREA_TEAM", size: 3 }, { name: "A", kind: "CLIENT_TEAM", size: 4 }),
    ).toThrow(
      expect.objectContaining({
        message: "Team t-1 already exists with different kind, size; choose a new id for a new one.",
        extensions: expect.objectContaining({ code: ErrorCode.Conflict, id: "t-1", fields: ["kind", "size"] }),
      }),
    );
  });
});

describe("differingFields", () => {
  it("compares only the fields asked for, so what the store adds (ids, timestamps) never conflicts", () => {
    expect(differingFields({ id: "x", createdAt: new Date(), name: "A" }, { name: "A" })).toEqual([]);
  });

  it("tells two days apart, and a list with another member, but not two orders of one list", () => {
    expect(differingFields({ on: new Date("2025-05-20") }, { on: "2025-05-21" })).toEqual(["on"]);
    expect(differingFields({ ids: ["a", "b"] }, { ids: ["a", "c"] })).toEqual(["ids"]);
    expect(differingFields({ ids: ["a", "b"] }, { ids: ["b", "a"] })).toEqual([]);
    expect(differingFields({ ids: ["a"] }, { ids: ["a", "a"] })).toEqual(["ids"]);
  });
});
