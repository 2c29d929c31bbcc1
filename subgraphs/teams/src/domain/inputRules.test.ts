import { LocalDate } from "@silta/kernel";
import { optionalText, requireDistinct, requireNotFuture, requireRoleCode, requireText } from "./inputRules";

const rule = (rule: string, field?: string) =>
  expect.objectContaining({ extensions: expect.objectContaining({ rule, ...(field ? { field } : {}) }) });

describe("input rules", () => {
  it("trims text and refuses empty or overlong text", () => {
    expect(requireText("input.name", "  North team ")).toBe("North team");
    expect(() => requireText("input.name", "   ")).toThrow(rule("required", "input.name"));
    expect(requireText("input.name", "x".repeat(200))).toHaveLength(200);
    expect(() => requireText("input.name", "x".repeat(201))).toThrow(rule("max_length"));
  });

  it("reads blank optional text as none", () => {
    expect(optionalText("input.unit", undefined)).toBeNull();
    expect(optionalText("input.unit", null)).toBeNull();
    expect(optionalText("input.unit", "  ")).toBeNull();
    expect(optionalText("input.unit", " North ")).toBe("North");
  });

  it.each(["member", "coordinator", "responsible_worker", "chair"])("accepts the role code %s", (code) => {
    expect(requireRoleCode("input.role", code)).toBe(code);
  });

  it.each(["", "m", "Member", "team member", "sosiaalityöntekijä", "member1", "_member", "x".repeat(41)])(
    "refuses %p as a role code",
    (code) => {
      expect(() => requireRoleCode("input.role", code)).toThrow(rule("role_code", "input.role"));
    },
  );

  it("names the index of the first repeated id", () => {
    expect(() => requireDistinct("input.professionalIds", ["a", "b"])).not.toThrow();
    expect(() => requireDistinct("input.professionalIds", ["a", "b", "a"])).toThrow(
      rule("duplicate", "input.professionalIds[2]"),
    );
  });
});

describe("requireNotFuture", () => {
  it("accepts today and refuses tomorrow as a day that has happened", () => {
    const today = LocalDate.parse("2025-05-20")!;
    expect(() => requireNotFuture("input.heldOn", today, today)).not.toThrow();
    expect(() => requireNotFuture("input.heldOn", LocalDate.parse("2025-05-21")!, today)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: "input.heldOn", rule: "future" }) }),
    );
  });
});
