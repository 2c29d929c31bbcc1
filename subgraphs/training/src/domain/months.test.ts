import { isIsoMonth } from "./months";

describe("months", () => {
  it("accepts months as YYYY-MM only", () => {
    expect(isIsoMonth("2026-01")).toBe(true);
    expect(isIsoMonth("2026-13")).toBe(false);
    expect(isIsoMonth("2026-1")).toBe(false);
  });
});
