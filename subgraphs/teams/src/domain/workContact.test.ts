import { optionalWorkEmail, optionalWorkPhone } from "./workContact";

const refusal = (field: string, rule: string) =>
  expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field, rule }) });

describe("a professional's work contact details", () => {
  it("keeps a phone number as written, trimmed, and blank as none", () => {
    expect(optionalWorkPhone("input.workPhone", " +358 40 123 4567 ")).toBe("+358 40 123 4567");
    expect(optionalWorkPhone("input.workPhone", "09 310-1691")).toBe("09 310-1691");
    expect(optionalWorkPhone("input.workPhone", "  ")).toBeNull();
    expect(optionalWorkPhone("input.workPhone", undefined)).toBeNull();
  });

  it.each(["call me", "+358", "040 123 4567 ext. 5", "++358401234567"])(
    "refuses the phone %j naming the field and rule",
    (phone) => {
      expect(() => optionalWorkPhone("input.workPhone", phone)).toThrow(refusal("input.workPhone", "phone"));
    },
  );

  it("keeps an email address and refuses what is not one", () => {
    expect(optionalWorkEmail("input.workEmail", "maija.virtanen@example.fi")).toBe("maija.virtanen@example.fi");
    expect(optionalWorkEmail("input.workEmail", null)).toBeNull();
    for (const email of ["maija", "maija@", "maija virtanen@example.fi", "@example.fi"])
      expect(() => optionalWorkEmail("input.workEmail", email)).toThrow(refusal("input.workEmail", "email"));
  });
});
