import { LocalDate } from "@silta/kernel";
import { isConsentActive } from "./isConsentActive";

const today = LocalDate.parse("2026-11-23")!;
const day = (date: string) => LocalDate.toDb(LocalDate.parse(date)!);

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
