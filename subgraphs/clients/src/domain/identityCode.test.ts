import {
  checkCharacter,
  generateTestIdentityCode,
  hashIdentityCode,
  validateIdentityCode,
  type IdentityCodeRule,
} from "./identityCode";

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe("validateIdentityCode", () => {
  it.each([
    ["131052-308T", utc(1952, 10, 13), false],
    ["010594Y9032", utc(1994, 5, 1), true],
    ["020516C903K", utc(2016, 5, 2), true],
  ])("accepts %s, born %s, temporary: %s", (code, birthDate, isTemporary) => {
    expect(validateIdentityCode(code)).toEqual({ ok: true, birthDate, isTemporary });
  });

  it("reads every century sign of the 2023 reform", () => {
    const years = {
      "+": 1852,
      "-": 1952,
      Y: 1952,
      X: 1952,
      W: 1952,
      V: 1952,
      U: 1952,
      A: 2052,
      B: 2052,
      C: 2052,
      D: 2052,
      E: 2052,
      F: 2052,
    };
    for (const [sign, year] of Object.entries(years)) {
      const result = validateIdentityCode(`131052${sign}308T`);
      expect(result).toEqual({ ok: true, birthDate: utc(year, 10, 13), isTemporary: false });
    }
  });

  it.each<[string, IdentityCodeRule]>([
    ["131052308T", "format"],
    ["131052-308t", "format"],
    [" 131052-308T", "format"],
    ["131052G308T", "century_sign"],
    ["131052a308T", "century_sign"],
    ["310452-308T", "date"],
    ["290200-900X", "date"],
    ["131052-308U", "check_character"],
    ["131052Y308Z", "check_character"],
  ])("refuses %s by the %s rule", (code, rule) => {
    expect(validateIdentityCode(code)).toEqual({ ok: false, rule });
  });

  it("knows 29 February 2000 existed though 29 February 1900 did not", () => {
    const code = generateTestIdentityCode(utc(2000, 2, 29), 900);
    expect(code.slice(0, 7)).toBe("290200A");
    expect(validateIdentityCode(code).ok).toBe(true);
    expect(validateIdentityCode(code.replace("A", "-"))).toEqual({ ok: false, rule: "date" });
  });
});

describe("checkCharacter", () => {
  it("is DDMMYYZZZ mod 31 in the check alphabet", () => {
    expect(checkCharacter("131052308")).toBe("T");
    expect(checkCharacter("010594903")).toBe("2");
    expect(checkCharacter("020516903")).toBe("K");
  });

  it("refuses anything but nine digits", () => {
    expect(() => checkCharacter("13105230")).toThrow(RangeError);
    expect(() => checkCharacter("13105230X")).toThrow(RangeError);
  });
});

describe("generateTestIdentityCode", () => {
  it.each([
    [utc(1899, 12, 31), 900, "311299+900"],
    [utc(1952, 10, 13), 945, "131052-945"],
    [utc(2016, 5, 2), 999, "020516A999"],
  ])("builds a valid temporary code for %s, number %i", (birthDate, individualNumber, prefix) => {
    const code = generateTestIdentityCode(birthDate, individualNumber);
    expect(code.slice(0, 10)).toBe(prefix);
    expect(validateIdentityCode(code)).toEqual({ ok: true, birthDate, isTemporary: true });
  });

  it("refuses individual numbers outside the test range and years without a century sign", () => {
    expect(() => generateTestIdentityCode(utc(1990, 1, 1), 899)).toThrow(RangeError);
    expect(() => generateTestIdentityCode(utc(1990, 1, 1), 1000)).toThrow(RangeError);
    expect(() => generateTestIdentityCode(utc(1990, 1, 1), 900.5)).toThrow(RangeError);
    expect(() => generateTestIdentityCode(utc(2100, 1, 1), 900)).toThrow(RangeError);
  });
});

describe("hashIdentityCode", () => {
  it("is a keyed SHA-256 in hex: the same code hashes differently under another key", () => {
    const hash = hashIdentityCode("010594Y9032", "k".repeat(32));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIdentityCode("010594Y9032", "k".repeat(32))).toBe(hash);
    expect(hashIdentityCode("010594Y9032", "j".repeat(32))).not.toBe(hash);
  });
});
