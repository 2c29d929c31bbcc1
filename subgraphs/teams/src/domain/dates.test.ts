import { addDays, isoDay, periodCovers, requireNotFuture } from "./dates";

describe("calendar days", () => {
  it("adds days across month and year ends and leap days", () => {
    expect(addDays("2025-09-01", -1)).toBe("2025-08-31");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("reads a Date at UTC midnight as its calendar day", () => {
    expect(isoDay(new Date("2025-05-20T00:00:00.000Z"))).toBe("2025-05-20");
  });

  it("treats a period as inclusive of both ends, and open-ended without an end", () => {
    const period = { since: "2025-01-01", until: "2025-01-31" };
    expect(periodCovers(period, "2024-12-31")).toBe(false);
    expect(periodCovers(period, "2025-01-01")).toBe(true);
    expect(periodCovers(period, "2025-01-31")).toBe(true);
    expect(periodCovers(period, "2025-02-01")).toBe(false);
    expect(periodCovers({ since: "2025-01-01", until: null }, "2099-01-01")).toBe(true);
  });

  it("accepts today and refuses tomorrow as a day that has happened", () => {
    expect(() => requireNotFuture("input.heldOn", "2025-05-20", "2025-05-20")).not.toThrow();
    expect(() => requireNotFuture("input.heldOn", "2025-05-21", "2025-05-20")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "input.heldOn", rule: "future" }) }),
    );
  });
});
