import { kindOf, levelOf, type CourseKind } from "./courseKind";

describe("course kinds and levels", () => {
  it("maps every kind to its level and back", () => {
    const kinds: CourseKind[] = ["MANAGEMENT_BRIEFING", "BASIC", "ADVANCED", "TRAINER_TRAINING", "BOOSTER"];
    for (const kind of kinds) expect(kindOf(levelOf(kind))).toBe(kind);
  });

  it("gives no level for a booster or supervision session", () => {
    expect(levelOf("BOOSTER")).toBeNull();
  });

  it("gives the trainer level for trainer training", () => {
    expect(levelOf("TRAINER_TRAINING")).toBe("TRAINER");
  });
});
