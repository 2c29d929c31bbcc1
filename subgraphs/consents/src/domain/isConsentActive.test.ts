import { finnishCalendarDate } from "./finnishCalendarDate";
import { isConsentActive } from "./isConsentActive";

const today = "2026-11-23";
const day = (date: string) => new Date(`${date}T00:00:00Z`);

describe("isConsentActive", () => {
  it("is active from its first day through its last day", () => {
    expect(isConsentActive({ validFrom: day(today), validUntil: day(today), revokedAt: null }, today)).toBe(true);
  });

  it("is active without an end date", () => {
    expect(isConsentActive({ validFrom: day("2026-01-01"), validUntil: null, revokedAt: null }, today)).toBe(true);
  });

  it("is not active before it starts", () => {
    expect(isConsentActive({ validFrom: day("2026-11-24"), validUntil: null, revokedAt: null }, today)).toBe(false);
  });

  it("is not active the day after its last day", () => {
    expect(isConsentActive({ validFrom: day("2026-01-01"), validUntil: day("2026-11-22"), revokedAt: null }, today)).toBe(false);
  });

  it("is not active once revoked, even within its period", () => {
    const revokedAt = new Date("2026-11-23T08:00:00Z");
    expect(isConsentActive({ validFrom: day("2026-01-01"), validUntil: null, revokedAt }, today)).toBe(false);
  });
});

describe("finnishCalendarDate", () => {
  it("has already turned to the next day in Helsinki while UTC is still on the previous one", () => {
    expect(finnishCalendarDate(new Date("2026-11-22T22:30:00Z"))).toBe("2026-11-23");
    expect(finnishCalendarDate(new Date("2026-11-22T21:30:00Z"))).toBe("2026-11-22");
  });
});
