import { LocalDate } from "@silta/kernel";
import { DeadlineRules, deadlineOf } from "./deadlineRules";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./workingDays";

const day = (text: string): LocalDate => LocalDate.parse(text)!;
const rules = DeadlineRules.load();
const threeDays = rules.byCodeOrUndefined("first_joint_meeting")!;
const childProtection = rules.forService("child_protection");

describe("reaction deadlines", () => {
  it("uses the default rule of 3 calendar days for a service without its own rule", () => {
    expect(rules.forService("family_social_work")).toBe(threeDays);
    // Friday 2026-11-20 + 3 calendar days = Monday 23rd, weekend included.
    expect(deadlineOf(threeDays, day("2026-11-20"))).toBe("2026-11-23");
  });

  it("counts child protection's 7 working days past weekends", () => {
    expect(childProtection).toMatchObject({ days: 7, unit: "WORKING_DAYS" });
    // Monday 2026-11-23: Tue..Fri (4) + Mon..Wed (3) = Wednesday 2 December.
    expect(deadlineOf(childProtection, day("2026-11-23"))).toBe("2026-12-02");
  });

  it("skips Independence Day, Christmas Eve, Christmas and Boxing Day", () => {
    // Friday 2026-12-04: Mon 7, Tue 8, Wed 9, Thu 10, Fri 11, Mon 14, Tue 15 (6 December is a Sunday anyway).
    expect(deadlineOf(childProtection, day("2026-12-04"))).toBe("2026-12-15");
    // Monday 2026-12-21: Tue 22, Wed 23, (24–25 holidays, weekend) Mon 28 … Thu 31, (New Year's Day, weekend) Mon 4 Jan.
    expect(deadlineOf(childProtection, day("2026-12-21"))).toBe("2027-01-04");
  });

  it("skips Easter and Midsummer Eve", () => {
    expect(isWorkingDay(day("2026-04-03"))).toBe(false); // Good Friday
    expect(isWorkingDay(day("2026-04-06"))).toBe(false); // Easter Monday
    expect(isWorkingDay(day("2026-06-19"))).toBe(false); // Midsummer Eve
    expect(isWorkingDay(day("2026-12-31"))).toBe(true); // New Year's Eve is a working day
    expect(addWorkingDays(day("2026-04-02"), 1)).toBe("2026-04-07");
  });

  it("counts working days left in both directions", () => {
    expect(workingDaysBetween(day("2026-11-20"), day("2026-11-23"))).toBe(1);
    expect(workingDaysBetween(day("2026-11-23"), day("2026-11-20"))).toBe(-1);
    expect(workingDaysBetween(day("2026-11-23"), day("2026-11-23"))).toBe(0);
  });

  it("refuses configuration without exactly one default, naming the problem", () => {
    expect(() => DeadlineRules.parse({ rules: [{ code: "a", description: "x", days: 3, unit: "CALENDAR_DAYS" }] })).toThrow(
      /exactly one rule must be the default/,
    );
  });

  it("refuses an unknown unit, naming the rule", () => {
    expect(() =>
      DeadlineRules.parse({ rules: [{ code: "a", description: "x", days: 3, unit: "WEEKS", default: true }] }),
    ).toThrow(/rules\.0\.unit/);
  });

  it("refuses a service with two rules and a code used twice", () => {
    expect(() =>
      DeadlineRules.parse({
        rules: [
          { code: "a", description: "x", days: 3, unit: "CALENDAR_DAYS", default: true },
          { code: "b", description: "x", days: 3, unit: "CALENDAR_DAYS", services: ["s"] },
          { code: "b", description: "x", days: 3, unit: "CALENDAR_DAYS", services: ["s"] },
        ],
      }),
    ).toThrow(/rules\.2\.code: is used twice; rules\.2\.services: s has two rules/);
  });
});
