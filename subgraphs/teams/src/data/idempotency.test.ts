import { sameOrConflict } from "./idempotency";

describe("idempotent creates", () => {
  it("returns the stored row when a retry asks for the same thing, dates and lists compared by value", () => {
    const row = { id: "1" };
    expect(
      sameOrConflict(
        "meeting",
        row,
        { heldOn: new Date("2025-05-20"), ids: ["b", "a"] },
        { heldOn: "2025-05-20", ids: ["a", "b"] },
      ),
    ).toBe(row);
  });

  it("refuses a retry asking for something else as CONFLICT naming the differing fields", () => {
    expect(() => sameOrConflict("team", {}, { name: "A", kind: "AREA_TEAM" }, { name: "A", kind: "CLIENT_TEAM" })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "CONFLICT", fields: ["kind"] }) }),
    );
  });
});
