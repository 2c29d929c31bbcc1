import { orderDueConcerns, urgencyOf, type DueConcern } from "./dueConcerns";

const concern = (id: string, deadline: string, daysLeft: number | null, isOverdue = false): DueConcern => ({
  id,
  kind: "CONCERN",
  description: id,
  deadline,
  daysLeft,
  isOverdue,
  status: "RAISED",
  service: "family_social_work",
  client: null,
  family: null,
});

describe("the concerns due", () => {
  it("come overdue first (longest overdue on top), then due today, then by deadline, each once", () => {
    const overdue = [concern("late-1", "2026-12-02", -2, true), concern("late-3", "2026-11-30", -4, true)];
    const dueSoon = [
      concern("in-2", "2026-12-06", 2),
      concern("today", "2026-12-04", 0),
      concern("late-1", "2026-12-02", -2, true),
    ];
    expect(orderDueConcerns(overdue, dueSoon).map((c) => c.id)).toEqual(["late-3", "late-1", "today", "in-2"]);
  });

  it("are overdue when the hub says so, due today at zero days left", () => {
    expect(urgencyOf({ isOverdue: true, daysLeft: null })).toBe("overdue");
    expect(urgencyOf({ isOverdue: false, daysLeft: 0 })).toBe("today");
    expect(urgencyOf({ isOverdue: false, daysLeft: 1 })).toBe("soon");
  });
});
