import { groupLabel, monthlyUsers, monthsOf, targetCoverage, unitFigures } from "./rolloutFigures";

const unit = (id: string, name: string, activeStaff: number, trained: number) => ({
  unit: { unitId: id, service: "family_social_work", region: "north", organization: { id, name } },
  activeStaff,
  trained,
  share: activeStaff === 0 ? 0 : trained / activeStaff,
});

describe("the rollout dashboard's figures", () => {
  it("counts trainers and trained-but-not-measuring professionals per unit, by their organisation", () => {
    const rows = unitFigures(
      [unit("u1", "Family social work", 4, 2), unit("u2", "Child protection", 3, 0)],
      [{ professional: { organization: { id: "u1" } } }, { professional: { organization: { id: "u1" } } }],
      [{ organization: { id: "u1" } }, { organization: { id: "elsewhere" } }],
    );
    expect(rows).toEqual([
      expect.objectContaining({ name: "Child protection", trained: 0, trainers: 0, trainedNotMeasuring: 0 }),
      expect.objectContaining({ name: "Family social work", trained: 2, share: 0.5, trainers: 2, trainedNotMeasuring: 1 }),
    ]);
    expect(targetCoverage(rows)).toEqual({ covered: 1, total: 2 });
  });

  it("lays OpenFIT users out per unit over every month of the period, a month without users as 0", () => {
    const months = monthsOf(2026).slice(8, 11);
    expect(months).toEqual(["2026-09", "2026-10", "2026-11"]);
    expect(
      monthlyUsers(
        [
          { unitId: null, month: "2026-09", users: 1 },
          { unitId: null, month: "2026-11", users: 3 },
          { unitId: "u1", month: "2026-10", users: 2 },
        ],
        months,
      ),
    ).toEqual({
      months,
      series: [
        { unitId: null, users: [1, 0, 3] },
        { unitId: "u1", users: [0, 2, 0] },
      ],
    });
  });

  it("never names a suppressed group of the outcome report, however its key resolves", () => {
    const names = new Map([["team-1", "Virtanen family client team"]]);
    expect(groupLabel({ groupKey: "team-1", suppressed: true }, names)).toEqual({ kind: "suppressed" });
    expect(groupLabel({ groupKey: "team-1", suppressed: false }, names)).toEqual({
      kind: "named",
      name: "Virtanen family client team",
    });
    expect(groupLabel({ groupKey: null, suppressed: false }, names)).toEqual({ kind: "unrecorded" });
  });
});
