import { retryOnceOnUniqueViolation, sameOrConflict } from "./idempotency";

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

  it("runs a write once more after a unique violation, so the loser of a race answers like a retry", async () => {
    let calls = 0;
    const result = await retryOnceOnUniqueViolation(async () => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error("unique"), { code: "P2002" });
      return "stored";
    });
    expect(result).toBe("stored");
    expect(calls).toBe(2);
  });

  it("passes any other error on without a retry", async () => {
    let calls = 0;
    const failing = retryOnceOnUniqueViolation(async () => {
      calls += 1;
      throw Object.assign(new Error("foreign key"), { code: "P2003" });
    });
    await expect(failing).rejects.toThrow("foreign key");
    expect(calls).toBe(1);
  });
});
