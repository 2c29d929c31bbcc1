import { highestFitTrainingLevel } from "./highestFitTrainingLevel";

describe("highestFitTrainingLevel", () => {
  it("is null when no training was completed", () => {
    expect(highestFitTrainingLevel([])).toBeNull();
  });

  it("ranks a management briefing below basic training", () => {
    expect(highestFitTrainingLevel(["BASIC", "MANAGEMENT_BRIEFING"])).toBe("BASIC");
  });

  it("takes the highest level whatever the order of completion", () => {
    expect(highestFitTrainingLevel(["ADVANCED", "TRAINER", "BASIC"])).toBe("TRAINER");
    expect(highestFitTrainingLevel(["BASIC", "ADVANCED", "MANAGEMENT_BRIEFING"])).toBe("ADVANCED");
  });
});
