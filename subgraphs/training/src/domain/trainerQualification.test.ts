import { isQualifiedOn } from "./trainerQualification";

describe("a trainer's qualification", () => {
  const qualification = { qualifiedSince: "2026-03-01", qualifiedUntil: "2026-09-30" };

  it("covers its first and last day", () => {
    expect(isQualifiedOn(qualification, "2026-03-01")).toBe(true);
    expect(isQualifiedOn(qualification, "2026-09-30")).toBe(true);
  });

  it("does not cover the day before or the day after", () => {
    expect(isQualifiedOn(qualification, "2026-02-28")).toBe(false);
    expect(isQualifiedOn(qualification, "2026-10-01")).toBe(false);
  });

  it("stays valid without an end date, and is false for someone never qualified", () => {
    expect(isQualifiedOn({ qualifiedSince: "2020-01-01", qualifiedUntil: null }, "2030-01-01")).toBe(true);
    expect(isQualifiedOn(null, "2026-01-01")).toBe(false);
  });
});
