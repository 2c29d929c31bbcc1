import { DateScalar, DateTimeScalar } from "./scalars";
import { InvalidInput } from "./invalidInput";

describe("Date and DateTime scalars", () => {
  it("parse a real calendar day to its LocalDate, and a date-time as graphql-scalars does", () => {
    expect(DateScalar.parseValue("2024-02-29")).toBe("2024-02-29");
    expect(DateScalar.parseValue("0001-01-01")).toBe("0001-01-01");
    expect(DateTimeScalar.parseValue("2026-11-23T09:30:00+02:00")).toEqual(new Date("2026-11-23T07:30:00Z"));
  });

  it.each(["2026-02-30", "2026-02-29", "0000-01-01", "10000-01-01", "2026-01-01T00:00:00Z", "x", ""])(
    "leave %j to the input rules as refused",
    (value) => {
      expect(DateScalar.parseValue(value)).toBeInstanceOf(InvalidInput);
    },
  );

  it("refuses a date-time in year 0000 and a number", () => {
    expect(DateTimeScalar.parseValue("0000-01-01T10:00:00Z")).toMatchObject({ rule: "date_time" });
    expect(DateScalar.parseValue(20260101)).toMatchObject({ rule: "date" });
  });

  it("serialize a LocalDate as itself and refuse anything else", () => {
    expect(DateScalar.serialize("2026-11-23")).toBe("2026-11-23");
    expect(() => DateScalar.serialize("2026-02-30")).toThrow(/Date cannot represent/);
    expect(() => DateScalar.serialize(new Date("2026-11-23T00:00:00Z"))).toThrow(/Date cannot represent/);
  });
});
