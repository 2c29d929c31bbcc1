import { DateScalar, DateTimeScalar } from "./scalars";
import { InvalidInput } from "./invalidInput";

describe("Date and DateTime scalars", () => {
  it("parse a real calendar day as graphql-scalars does, a Date at UTC midnight", () => {
    expect(DateScalar.parseValue("2024-02-29")).toEqual(new Date("2024-02-29T00:00:00Z"));
    expect(DateTimeScalar.parseValue("2026-11-23T09:30:00+02:00")).toEqual(new Date("2026-11-23T07:30:00Z"));
  });

  it.each(["2026-02-30", "0000-01-01", "10000-01-01", "x", ""])("leave %j to the input rules as refused", (value) => {
    expect(DateScalar.parseValue(value)).toBeInstanceOf(InvalidInput);
  });

  it("refuses a date-time in year 0000 and a number", () => {
    expect(DateTimeScalar.parseValue("0000-01-01T10:00:00Z")).toMatchObject({ rule: "date_time" });
    expect(DateScalar.parseValue(20260101)).toMatchObject({ rule: "date" });
  });

  it("serialize as before", () => {
    expect(DateScalar.serialize(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
  });
});
