import { businessIdCheckDigit, parseBusinessId } from "./businessId";

describe("business id (y-tunnus)", () => {
  it("accepts real business ids whose check digit matches", () => {
    expect(parseBusinessId("input.businessId", "0246246-0")).toBe("0246246-0"); // Kela: remainder 0 gives 0
    expect(parseBusinessId("input.businessId", "0201256-6")).toBe("0201256-6"); // City of Helsinki
    expect(parseBusinessId("input.businessId", " 1234567-1 ")).toBe("1234567-1");
  });

  it("pads an old six-digit business id with a leading zero", () => {
    expect(parseBusinessId("input.businessId", "246246-0")).toBe("0246246-0");
  });

  it("refuses a wrong check digit, naming the field and the rule", () => {
    expect(() => parseBusinessId("input.businessId", "0246246-1")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "input.businessId", rule: "check_digit" }) }),
    );
  });

  it("refuses digits whose remainder is 1, which are never issued", () => {
    const body = "0000006"; // 6·2 = 12, mod 11 = 1
    expect(businessIdCheckDigit(body)).toBeNull();
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(() => parseBusinessId("input.businessId", `${body}-${digit}`)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ rule: "check_digit" }) }),
      );
    }
  });

  it.each(["1234567", "12345671", "1234567-", "123456-", "abcdefg-1", "12345678-1", "1234567-12"])(
    "refuses %s as malformed",
    (value) => {
      expect(() => parseBusinessId("input.businessId", value)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ rule: "format" }) }),
      );
    },
  );
});
