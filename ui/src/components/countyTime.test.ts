import { countyInstant } from "./countyTime";

describe("countyInstant", () => {
  it("reads a date and a time on the county's clock, winter and summer", () => {
    expect(countyInstant("2026-12-14", "14:00")).toBe("2026-12-14T12:00:00.000Z");
    expect(countyInstant("2027-06-14", "09:30")).toBe("2027-06-14T06:30:00.000Z");
  });

  it("crosses midnight: 00:30 in Helsinki is the previous UTC day", () => {
    expect(countyInstant("2026-12-15", "00:30")).toBe("2026-12-14T22:30:00.000Z");
  });

  it("gives nothing for an incomplete value", () => {
    expect(countyInstant("2026-12-14", "")).toBeNull();
    expect(countyInstant("", "14:00")).toBeNull();
  });
});
