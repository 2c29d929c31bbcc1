import { LocalDate, todayIn } from "./localDate";

const day = (text: string): LocalDate => {
  const parsed = LocalDate.parse(text);
  if (parsed === null) throw new Error(`not a day: ${text}`);
  return parsed;
};

describe("LocalDate", () => {
  it("accepts only YYYY-MM-DD naming a day on the calendar in years 0001-9999", () => {
    expect(LocalDate.parse("2026-02-28")).toBe("2026-02-28");
    expect(LocalDate.parse("2028-02-29")).toBe("2028-02-29");
    expect(LocalDate.parse("2000-02-29")).toBe("2000-02-29");
    expect(LocalDate.parse("0001-01-01")).toBe("0001-01-01");
    expect(LocalDate.parse("9999-12-31")).toBe("9999-12-31");
    for (const refused of ["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "0000-01-01"])
      expect(LocalDate.parse(refused)).toBeNull();
    for (const refused of ["2026-2-1", "1.2.2026", "2026-01-01T00:00:00Z", " 2026-01-01", "10000-01-01", "", 20260101, null])
      expect(LocalDate.parse(refused)).toBeNull();
  });

  it("adds days across month and year ends and leap days", () => {
    expect(LocalDate.addDays(day("2025-09-01"), -1)).toBe("2025-08-31");
    expect(LocalDate.addDays(day("2024-12-31"), 1)).toBe("2025-01-01");
    expect(LocalDate.addDays(day("2026-12-31"), 1)).toBe("2027-01-01");
    expect(LocalDate.addDays(day("2028-03-01"), -1)).toBe("2028-02-29");
    expect(LocalDate.addDays(day("2026-03-01"), -1)).toBe("2026-02-28");
    expect(LocalDate.addDays(day("2028-02-28"), 366)).toBe("2029-02-28");
    expect(LocalDate.addDays(day("2026-05-20"), 0)).toBe("2026-05-20");
  });

  it("counts calendar days either way, one a day across the nights the clocks change in Helsinki", () => {
    expect(LocalDate.daysBetween(day("2026-03-28"), day("2026-03-30"))).toBe(2);
    expect(LocalDate.daysBetween(day("2026-10-24"), day("2026-10-26"))).toBe(2);
    expect(LocalDate.daysBetween(day("2028-02-28"), day("2028-03-01"))).toBe(2);
    expect(LocalDate.daysBetween(day("2026-01-10"), day("2025-12-31"))).toBe(-10);
    expect(LocalDate.addDays(day("2026-03-29"), 1)).toBe("2026-03-30");
    expect(LocalDate.addDays(day("2026-10-25"), -1)).toBe("2026-10-24");
  });

  it("reads and writes a database date as that day's UTC midnight", () => {
    expect(LocalDate.fromDb(new Date("2025-05-20T00:00:00.000Z"))).toBe("2025-05-20");
    expect(LocalDate.toDb(day("2028-02-29"))).toEqual(new Date("2028-02-29T00:00:00.000Z"));
  });

  it("agrees with a round trip through Date on every month and day number of years across the range", () => {
    // What parse and fromDb did before they were computed from the calendar's rules (the same answers, cheaper).
    const byDate = (text: string): string | null => {
      const date = new Date(`${text}T00:00:00.000Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return null;
      const year = date.getUTCFullYear();
      return year >= 1 && year <= 9999 ? text : null;
    };
    const pad = (value: number, width: number) => String(value).padStart(width, "0");
    const disagreements: string[] = [];
    for (const year of [0, 1, 4, 99, 100, 400, 999, 1000, 1582, 1900, 1970, 2000, 2024, 2025, 2100, 2400, 9996, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let dayOfMonth = 0; dayOfMonth <= 32; dayOfMonth++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
          if (LocalDate.parse(text) !== byDate(text)) disagreements.push(text);
        }
      }
    }
    expect(disagreements).toEqual([]);
    // Every day's UTC midnight as Date parses it, also a day past its month's end (rolled over) and what Date refuses.
    const midnights: string[] = [];
    for (const year of [0, 1, 99, 100, 1900, 1970, 2000, 2024, 2026, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let dayOfMonth = 0; dayOfMonth <= 32; dayOfMonth++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
          const parsed = new Date(`${text}T00:00:00.000Z`).getTime();
          if (!Object.is(LocalDate.toDb(text as LocalDate).getTime(), parsed)) midnights.push(text);
        }
      }
    }
    for (let at = Date.UTC(1899, 11, 1); at < Date.UTC(2101, 0, 1); at += 86_400_000 * 7) {
      const text = new Date(at).toISOString().slice(0, 10);
      if (LocalDate.toDb(text as LocalDate).getTime() !== at) midnights.push(text);
    }
    expect(midnights).toEqual([]);
    expect(LocalDate.daysBetween("0001-01-01" as LocalDate, "9999-12-31" as LocalDate)).toBe(3_652_058);
    for (const at of ["0001-01-01", "0099-12-31", "0999-06-15", "1969-12-31", "2028-02-29", "9999-12-31"]) {
      const midnight = new Date(`${at}T00:00:00.000Z`);
      expect(LocalDate.fromDb(midnight)).toBe(midnight.toISOString().slice(0, 10));
      // A timestamp later in the day still names its UTC day.
      const evening = new Date(midnight.getTime() + 86_399_999);
      expect(LocalDate.fromDb(evening)).toBe(evening.toISOString().slice(0, 10));
    }
    // Outside the years a LocalDate has, the answer is still toISOString's.
    const beforeYearOne = new Date(Date.UTC(0, 0, 1) - 86_400_000 * 400);
    expect(LocalDate.fromDb(beforeYearOne)).toBe(beforeYearOne.toISOString().slice(0, 10));
    expect(() => LocalDate.fromDb(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("orders days as their strings do", () => {
    expect(day("2025-12-31") < day("2026-01-01")).toBe(true);
    expect([day("2026-10-01"), day("2026-09-30"), day("2025-12-31")].sort()).toEqual(["2025-12-31", "2026-09-30", "2026-10-01"]);
  });
});

describe("todayIn", () => {
  it("begins the Finnish day at Finnish midnight, when UTC still says yesterday (winter, UTC+2)", () => {
    expect(todayIn("Europe/Helsinki", new Date("2026-01-14T21:59:59Z"))).toBe("2026-01-14");
    expect(todayIn("Europe/Helsinki", new Date("2026-01-14T22:00:00Z"))).toBe("2026-01-15");
    expect(todayIn("UTC", new Date("2026-01-14T22:00:00Z"))).toBe("2026-01-14");
  });

  it("follows summer time (UTC+3) and the days the clocks change", () => {
    expect(todayIn("Europe/Helsinki", new Date("2026-06-30T20:59:59Z"))).toBe("2026-06-30");
    expect(todayIn("Europe/Helsinki", new Date("2026-06-30T21:00:00Z"))).toBe("2026-07-01");
    // 29 March 2026: clocks go forward at 03:00 local (01:00 UTC); the day began at 22:00 UTC the evening before.
    expect(todayIn("Europe/Helsinki", new Date("2026-03-28T22:00:00Z"))).toBe("2026-03-29");
    expect(todayIn("Europe/Helsinki", new Date("2026-03-29T20:59:59Z"))).toBe("2026-03-29");
    expect(todayIn("Europe/Helsinki", new Date("2026-03-29T21:00:00Z"))).toBe("2026-03-30");
    // 25 October 2026: clocks go back at 04:00 local (01:00 UTC); the day began at 21:00 UTC, ends at 22:00 UTC.
    expect(todayIn("Europe/Helsinki", new Date("2026-10-24T21:00:00Z"))).toBe("2026-10-25");
    expect(todayIn("Europe/Helsinki", new Date("2026-10-25T21:59:59Z"))).toBe("2026-10-25");
    expect(todayIn("Europe/Helsinki", new Date("2026-10-25T22:00:00Z"))).toBe("2026-10-26");
  });

  it("turns the year at Finnish midnight", () => {
    expect(todayIn("Europe/Helsinki", new Date("2026-12-31T22:00:00Z"))).toBe("2027-01-01");
    expect(todayIn("Europe/Helsinki", new Date("2026-12-31T21:59:59Z"))).toBe("2026-12-31");
  });
  it("gives within a minute the day it gave, and the next day at the first minute after midnight", () => {
    // Kept for the minute: the last millisecond before Finnish midnight and the first after, asked in turn.
    const times = [
      "2026-12-06T21:59:00.000Z",
      "2026-12-06T21:59:59.999Z",
      "2026-12-06T22:00:00.000Z",
      "2026-12-06T22:00:59.999Z",
    ];
    expect(times.map((time) => todayIn("Europe/Helsinki", new Date(time)))).toEqual([
      "2026-12-06",
      "2026-12-06",
      "2026-12-07",
      "2026-12-07",
    ]);
    // Back in the earlier minute (a clock set back, a caller's own now): not the kept day of the later one.
    expect(todayIn("Europe/Helsinki", new Date("2026-12-06T21:59:30.000Z"))).toBe("2026-12-06");
  });

  it("agrees with a fresh formatter at every quarter hour around the year and in three zones, kept or not", () => {
    for (const timeZone of ["Europe/Helsinki", "Asia/Kathmandu", "America/St_Johns"]) {
      const fresh = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
      for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2027, 0, 1); time += 15 * 60_000 + 7_001) {
        const day = todayIn(timeZone, new Date(time));
        if (day !== fresh.format(time)) throw new Error(`${timeZone} ${new Date(time).toISOString()}: ${day}`);
      }
    }
  });

  it("formats afresh before the minute-aligned offsets, when a day could begin within a minute", () => {
    // Helsinki's local mean time until 1921 was UTC+1:39:49: its day began at 22:20:11 UTC.
    expect(todayIn("Europe/Helsinki", new Date("1900-06-01T22:20:10Z"))).toBe("1900-06-01");
    expect(todayIn("Europe/Helsinki", new Date("1900-06-01T22:20:11Z"))).toBe("1900-06-02");
  });
});
